package strongroom.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A scripted terminal: stdin bytes, whether a console is attached, and the answers to prompts. */
public final class FakeTerminal implements Terminal {
  private byte[] stdin = new byte[0];
  private boolean interactive;
  private final Deque<String> hiddenAnswers = new ArrayDeque<>();
  private final Deque<String> lineAnswers = new ArrayDeque<>();
  private final List<String> prompts = new ArrayList<>();

  public FakeTerminal stdin(String text) {
    return stdin(text.getBytes(StandardCharsets.UTF_8));
  }

  public FakeTerminal stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  public FakeTerminal interactive(boolean attached) {
    this.interactive = attached;
    return this;
  }

  public FakeTerminal answerHidden(String answer) {
    hiddenAnswers.add(answer);
    return this;
  }

  public FakeTerminal answerLine(String answer) {
    lineAnswers.add(answer);
    return this;
  }

  /** Every prompt shown so far. */
  public List<String> prompts() {
    return List.copyOf(prompts);
  }

  @Override
  public InputStream stdin() {
    return new ByteArrayInputStream(stdin);
  }

  @Override
  public boolean interactive() {
    return interactive;
  }

  @Override
  public char[] readHidden(String prompt) {
    if (!interactive) {
      return null;
    }
    prompts.add(prompt);
    String answer = hiddenAnswers.poll();
    return answer == null ? null : answer.toCharArray();
  }

  @Override
  public String readLine(String prompt) {
    if (!interactive) {
      return null;
    }
    prompts.add(prompt);
    return lineAnswers.poll();
  }
}
