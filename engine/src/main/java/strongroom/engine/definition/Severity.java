package strongroom.engine.definition;

/** Errors refuse a save or a run; warnings are reported and let it go ahead. */
public enum Severity { ERROR, WARNING }
