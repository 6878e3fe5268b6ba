/** Helpers shared by the registry's actions. Not API: may change without notice. */
package strongroom.engine.registry.internal;
