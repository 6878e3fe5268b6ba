package strongroom.server.web.credentials;

import java.util.List;

/** The confirmation before a secret is deleted: what will go. */
public record DeleteView(String id, String name, String environment, List<String> keyNames) {}
