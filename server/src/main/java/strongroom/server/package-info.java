/** The Strongroom HTTP server: REST API under {@code /api/v1}, API-token authentication, roles. */
package strongroom.server;
