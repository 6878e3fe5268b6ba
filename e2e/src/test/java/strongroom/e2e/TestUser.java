package strongroom.e2e;

/**
 * A user a test can log in as. The password is a planted canary, so a page or response that ever
 * echoes it fails the test like a leaked secret would; toString leaves it out.
 */
public record TestUser(String username, String password) {
  @Override
  public String toString() {
    return "TestUser[" + username + "]";
  }
}
