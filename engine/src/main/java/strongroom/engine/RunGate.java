package strongroom.engine;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the runs callers are waiting on, so a stopping server can let them finish: once closed it
 * refuses new ones and {@link #closeAndAwaitIdle} waits for the rest. A lock, not {@code synchronized}:
 * callers are virtual threads, which a monitor would pin to their carrier on JDK 21.
 */
final class RunGate {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();
  private int inFlight;
  private boolean closed;

  /** One run begins; {@link EngineStoppingException} once the gate is closed. */
  void enter() {
    lock.lock();
    try {
      if (closed) {
        throw new EngineStoppingException();
      }
      inFlight++;
    } finally {
      lock.unlock();
    }
  }

  /** One run has its outcome. */
  void leave() {
    lock.lock();
    try {
      if (--inFlight == 0) {
        idle.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Closes the gate and waits up to {@code bound} for the runs in flight; true when none is left. */
  boolean closeAndAwaitIdle(Duration bound) {
    lock.lock();
    try {
      closed = true;
      long nanos = bound.toNanos();
      while (inFlight > 0 && nanos > 0) {
        nanos = idle.awaitNanos(nanos);
      }
      return inFlight == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return inFlight == 0;
    } finally {
      lock.unlock();
    }
  }
}
