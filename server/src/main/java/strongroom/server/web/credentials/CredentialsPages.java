package strongroom.server.web.credentials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import strongroom.engine.registry.Registry;
import strongroom.engine.registry.docs.SecretUsage;
import strongroom.secrets.ConflictException;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretsException;
import strongroom.secrets.ValidationException;
import strongroom.secrets.service.SecretStore;
import strongroom.server.auth.Role;
import strongroom.server.http.ErrorResponses;
import strongroom.server.web.Display;
import strongroom.server.web.Page;
import strongroom.server.web.Urls;
import strongroom.server.web.WebRoute;

/**
 * The Credentials pages: the inventory with its filters, create (also as "configure an
 * integration"), edit, delete with a confirmation, and a secret's versions with rollback.
 */
public final class CredentialsPages {
  private static final String BASE = "/w/{ws}/credentials";
  private static final String SECTION = "credentials";
  private static final String FORM = "credentials/form.jte";

  private final SecretStore store;
  /** The registry's secrets by name; the registry does not change while the server runs. */
  private final Map<String, SecretUsage> usages = new LinkedHashMap<>();

  public CredentialsPages(SecretStore store, Registry registry) {
    this.store = store;
    SecretUsage.of(registry).forEach(u -> usages.put(u.name(), u));
  }

  /** The routes; {@code new} before {@code {id}}, as routes match in order. */
  public List<WebRoute> routes() {
    return List.of(
        WebRoute.get(BASE, Role.VIEWER, SECTION, this::inventory),
        WebRoute.get(BASE + "/new", Role.EDITOR, SECTION, this::newForm),
        WebRoute.post(BASE, Role.EDITOR, SECTION, this::create),
        WebRoute.get(BASE + "/{id}", Role.VIEWER, SECTION, this::detail),
        WebRoute.get(BASE + "/{id}/edit", Role.EDITOR, SECTION, this::editForm),
        WebRoute.post(BASE + "/{id}", Role.EDITOR, SECTION, this::update),
        WebRoute.get(BASE + "/{id}/delete", Role.ADMIN, SECTION, this::confirmDelete),
        WebRoute.post(BASE + "/{id}/delete", Role.ADMIN, SECTION, this::delete),
        WebRoute.post(BASE + "/{id}/rollback", Role.EDITOR, SECTION, this::rollback));
  }

  private void inventory(Page page) {
    InventoryView.Filters filters = new InventoryView.Filters(page.query("name"), page.query("environment"),
        page.query("type"), page.query("configured"));
    List<Secret> all = store.secrets().list(page.workspaceId(), null, null, null, false);
    Map<String, List<InventoryView.Row>> grouped = new LinkedHashMap<>();
    for (Secret s : all) {
      SecretUsage usage = usages.get(s.name());
      Boolean configured = usage == null ? null : usage.configuredBy(s.keyNames());
      if (matches(filters, s, configured)) {
        grouped.computeIfAbsent(s.name(), n -> new ArrayList<>()).add(new InventoryView.Row(s.id(), s.environment(),
            s.type().wireName(), s.keyNames(), s.corrupted(), configured, s.currentVersion(),
            Display.time(s.updatedAt()), s.updatedBy(), s.description()));
      }
    }
    List<InventoryView.Group> groups = new ArrayList<>();
    grouped.forEach((name, rows) -> groups.add(new InventoryView.Group(name, usages.containsKey(name), rows)));
    List<InventoryView.Integration> integrations = new ArrayList<>();
    for (SecretUsage u : usages.values()) {
      TreeSet<String> configuredIn = new TreeSet<>();
      for (Secret s : all) {
        if (s.name().equals(u.name()) && u.configuredBy(s.keyNames())) {
          configuredIn.add(s.environment());
        }
      }
      if (integrationMatches(filters, u, configuredIn)) {
        integrations.add(new InventoryView.Integration(u.name(), u.keys(), u.optionalKeys(), u.optional(),
            u.actions(), List.copyOf(configuredIn)));
      }
    }
    page.render("credentials/list.jte", new InventoryView(filters, store.secrets().environments(page.workspaceId()),
        SecretForm.TYPES, groups, integrations, all.size(), Notices.of(page.query("done"))));
  }

  private static boolean matches(InventoryView.Filters f, Secret s, Boolean configured) {
    return (f.name() == null || s.name().toLowerCase(Locale.ROOT).contains(f.name().toLowerCase(Locale.ROOT)))
        && (f.environment() == null || s.environment().equals(f.environment()))
        && (f.type() == null || s.type().wireName().equals(f.type()))
        && (f.configured() == null || (configured != null && configured == "yes".equals(f.configured())));
  }

  private static boolean integrationMatches(InventoryView.Filters f, SecretUsage u, TreeSet<String> configuredIn) {
    boolean configured = f.environment() == null ? !configuredIn.isEmpty() : configuredIn.contains(f.environment());
    return (f.name() == null || u.name().toLowerCase(Locale.ROOT).contains(f.name().toLowerCase(Locale.ROOT)))
        && (f.type() == null || SecretType.CUSTOM.wireName().equals(f.type()))
        && (f.configured() == null || configured == "yes".equals(f.configured()));
  }

  private void newForm(Page page) {
    String definition = page.query("definition");
    SecretUsage usage = definition == null ? null : usages.get(definition);
    String type = usage != null ? typeFor(usage) : knownType(page.query("type"));
    List<KeyRow> rows = usage != null && type.equals(SecretType.CUSTOM.wireName()) ? integrationRows(usage)
        : typeRows(type);
    page.render(FORM, new SecretForm(false, page.chrome().path("/credentials"),
        page.chrome().path("/credentials"), usage != null ? usage.name() : "", page.query("environment"), type,
        "", rows, null, usage == null ? null : usage.name(), List.of(), null));
  }

  private void create(Page page) {
    SubmittedSecret submitted = SubmittedSecret.of(page.form());
    SecretForm shown = new SecretForm(false, page.chrome().path("/credentials"), page.chrome().path("/credentials"),
        submitted.name(), submitted.environment(), submitted.type(), submitted.description(), submitted.rows(), null,
        page.form().get("definition"), List.of(), null);
    if (saved(page, shown, submitted,
        () -> store.secrets().create(page.workspaceId(), submitted.toNewSecret(), page.actor()))) {
      page.redirect(page.chrome().path("/credentials?done=created"));
    }
  }

  private void detail(Page page) {
    Secret secret = store.secrets().getById(page.workspaceId(), page.path("id"));
    SecretUsage usage = usages.get(secret.name());
    page.render("credentials/detail.jte", new SecretDetail(secret.id(), secret.name(), secret.environment(),
        secret.type().wireName(), secret.description(), secret.keyNames(), secret.corrupted(), secret.deleted(),
        secret.currentVersion(), Display.time(secret.createdAt()), secret.createdBy(), Display.time(secret.updatedAt()),
        secret.updatedBy(), usage == null ? null : usage.configuredBy(secret.keyNames()),
        usage == null ? List.of() : usage.actions(),
        secret.deleted() ? List.of() : store.versions().list(page.workspaceId(), secret.name(), secret.environment())
            .reversed().stream().map(v -> new SecretDetail.Version(v.number(), v.keyNames(),
                Display.time(v.createdAt()), v.createdBy())).toList(),
        Notices.of(page.query("done"))));
  }

  private void editForm(Page page) {
    Secret secret = live(page);
    page.render(FORM, editing(page, secret, secret.name(), secret.environment(),
        secret.description(), storedRows(secret), secret.currentVersion()));
  }

  private void update(Page page) {
    Secret secret = live(page);
    SubmittedSecret submitted = SubmittedSecret.of(page.form());
    Integer expected = SubmittedSecret.expectedVersionOf(page.form());
    // A refused edit keeps the version it was opened at: saving again must not overwrite a change unseen.
    SecretForm shown = editing(page, secret, submitted.name(), submitted.environment(), submitted.description(),
        submitted.rowsAgainst(secret.keyNames()), expected == null ? secret.currentVersion() : expected);
    if (saved(page, shown, submitted, () -> store.secrets().update(page.workspaceId(), secret.name(),
        secret.environment(),
        submitted.toUpdate(secret, expected), page.actor()))) {
      page.redirect(page.chrome().path("/credentials/" + Urls.segment(secret.id()) + "?done=updated"));
    }
  }

  /**
   * Runs {@code save}; when the store refuses it, shows {@code shown} again with why: each violation
   * at its form row (422), a conflict (409), or any other refusal by its safe message.
   */
  private static boolean saved(Page page, SecretForm shown, SubmittedSecret submitted, Runnable save) {
    try {
      save.run();
      return true;
    } catch (ValidationException e) {
      page.render(422, FORM, shown.refused(submitted.onFormRows(e.violations()), null));
    } catch (ConflictException e) {
      page.render(409, FORM, shown.refused(List.of(), e.getMessage()
          + ". Open the secret again to see what is stored now."));
    } catch (SecretsException e) {
      page.render(ErrorResponses.statusOf(e), FORM, shown.refused(List.of(), ErrorResponses.messageOf(e)));
    }
    return false;
  }

  private SecretForm editing(Page page, Secret secret, String name, String environment, String description,
      List<KeyRow> rows, int openedAt) {
    String self = page.chrome().path("/credentials/" + Urls.segment(secret.id()));
    return new SecretForm(true, self, self, name, environment, secret.type().wireName(), description, rows,
        openedAt, null, List.of(), null);
  }

  private void confirmDelete(Page page) {
    Secret secret = live(page);
    page.render("credentials/delete.jte", new DeleteView(secret.id(), secret.name(), secret.environment(),
        secret.keyNames()));
  }

  private void delete(Page page) {
    Secret secret = live(page);
    store.secrets().delete(page.workspaceId(), secret.name(), secret.environment(), page.actor());
    page.redirect(page.chrome().path("/credentials?done=deleted"));
  }

  private void rollback(Page page) {
    Secret secret = live(page);
    int target = SubmittedSecret.positive(page.form().get("to"), "to");
    Integer expected = SubmittedSecret.expectedVersionOf(page.form());
    store.versions().rollback(page.workspaceId(), secret.name(), secret.environment(), target, expected, page.actor());
    page.redirect(page.chrome().path("/credentials/" + Urls.segment(secret.id()) + "?done=rolled_back"));
  }

  private Secret live(Page page) {
    Secret secret = store.secrets().getById(page.workspaceId(), page.path("id"));
    if (secret.deleted()) {
      throw new strongroom.secrets.SecretNotFoundException("that secret is deleted");
    }
    return secret;
  }

  private static String knownType(String type) {
    return SecretForm.TYPES.contains(type) ? type : SecretType.CUSTOM.wireName();
  }

  /** The type an integration's secret takes: a PEM type when its keys are exactly that type's (mtls, ca_cert). */
  private static String typeFor(SecretUsage usage) {
    java.util.Set<String> keys = new java.util.HashSet<>(usage.keys());
    for (SecretType t : SecretType.values()) {
      if (t != SecretType.CUSTOM && usage.optionalKeys().isEmpty() && t.exactKeys().equals(keys)) {
        return t.wireName();
      }
    }
    return SecretType.CUSTOM.wireName();
  }

  /** The rows of a new secret of {@code type}: its fixed PEM keys, or one blank row. */
  static List<KeyRow> typeRows(String type) {
    SecretType t = SecretType.fromWireName(type);
    if (t == SecretType.CUSTOM) {
      return List.of(KeyRow.blank());
    }
    return new TreeSet<>(t.exactKeys()).stream().map(k -> new KeyRow(k, false, true, true, true)).toList();
  }

  private static List<KeyRow> integrationRows(SecretUsage usage) {
    List<KeyRow> rows = new ArrayList<>();
    usage.keys().forEach(k -> rows.add(new KeyRow(k, false, true, true, false)));
    usage.optionalKeys().forEach(k -> rows.add(new KeyRow(k, false, false, true, false)));
    return rows;
  }

  private static List<KeyRow> storedRows(Secret secret) {
    boolean structured = secret.type() != SecretType.CUSTOM;
    return secret.keyNames().stream().map(k -> new KeyRow(k, true, structured, structured, structured)).toList();
  }
}
