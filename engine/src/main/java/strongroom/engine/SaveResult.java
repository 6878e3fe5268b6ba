package strongroom.engine;

import strongroom.engine.definition.ValidationReport;
import strongroom.engine.history.SavedWorkflow;

/** A saved workflow, whether it was created (or updated by alias), and the warnings found. */
public record SaveResult(SavedWorkflow workflow, boolean created, ValidationReport report) {}
