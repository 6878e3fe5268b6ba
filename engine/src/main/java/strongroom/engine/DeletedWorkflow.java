package strongroom.engine;

import strongroom.engine.history.SavedWorkflow;

/** What {@link WorkflowService#delete} removed, and how many of its runs stay in the history. */
public record DeletedWorkflow(SavedWorkflow workflow, int keptRuns) {}
