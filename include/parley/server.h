// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The HTTP server of `parley serve`: a JSON API over a store opened
// read-only, and the static files of the web dashboard (docs/server.md).
// Every parameter is validated (store/params.h); bad input gets HTTP 400 and
// a JSON message; results are bounded in size (at most 1000 records a page)
// and in time (each statement has a deadline).

#ifndef PARLEY_SERVER_H_
#define PARLEY_SERVER_H_

#include <memory>
#include <string>
#include <string_view>

#include "parley/status.h"

namespace parley {

struct ServerOptions {
  std::string db_path;
  // Loopback by default: the API is for the analyst at this machine.
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (see Server::port)
  // Folder with the built dashboard (index.html, app.js, ...). Empty or
  // missing: "/" explains how to build it; the API still works.
  std::string web_dir;
  int threads = 4;
  int time_limit_ms = 5000;  // per statement
};

// One API answer, independent of the network (what tests and the fuzzer
// drive directly).
struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class ApiHandler {
 public:
  virtual ~ApiHandler() = default;
  // Opens the store read-only (a pool of connections, one per request in
  // flight). Fails like StoreReader::Open.
  static StatusOr<std::unique_ptr<ApiHandler>> Create(const std::string& db_path, int time_limit_ms = 5000);
  // `path` like "/api/events", `query` the raw text after '?'. Thread-safe.
  virtual ApiResponse Handle(std::string_view path, std::string_view query) = 0;
};

class Server {
 public:
  virtual ~Server() = default;
  // Opens the store and binds the address; InvalidArgument/IoError when
  // either fails (the message names the file or the address).
  static StatusOr<std::unique_ptr<Server>> Create(const ServerOptions& options);
  // The port bound (useful with port 0).
  virtual int port() const = 0;
  // Serves until Stop(); returns an error if the listener fails.
  virtual Status Run() = 0;
  // Thread-safe; Run() returns soon after.
  virtual void Stop() = 0;
};

}  // namespace parley

#endif  // PARLEY_SERVER_H_
