package strongroom.server.web.workflows;

import java.util.List;

/** The form that creates a workflow or replaces its definition; problems list why the last save was refused. */
public record DefinitionFormView(String action, String cancel, String source, boolean editing,
    List<WorkflowView.ProblemRow> problems) {}
