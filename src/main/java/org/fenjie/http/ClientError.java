package org.fenjie.http;

/** A request the service refuses: answered with this status and the message as the JSON error. */
final class ClientError extends RuntimeException {

  private final int status;

  private ClientError(int status, String message) {
    super(message);
    this.status = status;
  }

  static ClientError badRequest(String message) {
    return new ClientError(400, message);
  }

  static ClientError unauthorized(String message) {
    return new ClientError(401, message);
  }

  static ClientError forbidden(String message) {
    return new ClientError(403, message);
  }

  static ClientError tooLarge(String message) {
    return new ClientError(413, message);
  }

  static ClientError notFound(String message) {
    return new ClientError(404, message);
  }

  int status() {
    return status;
  }
}
