// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// Server: ApiHandler and the dashboard's static files behind cpp-httplib.
// GET and HEAD only; no request bodies; short socket timeouts.

#include <filesystem>
#include <memory>
#include <string>

#include <httplib.h>

#include "parley/server.h"

namespace parley {
namespace {

constexpr const char kNoDashboard[] =
    "<!doctype html><meta charset=utf-8><title>Parley</title>"
    "<p>The dashboard is not built. Build the project (<code>make build</code>) or pass "
    "<code>--web-dir</code>. The JSON API is at <a href=/api/summary>/api/summary</a>.</p>";

class ServerImpl final : public Server {
 public:
  Status Init(const ServerOptions& options) {
    options_ = options;
    auto api = ApiHandler::Create(options.db_path, options.time_limit_ms);
    if (!api.ok()) return api.status();
    api_ = std::move(api).value();

    const int threads = options.threads > 0 ? options.threads : 4;
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http_.set_read_timeout(5, 0);
    http_.set_write_timeout(5, 0);
    http_.set_keep_alive_max_count(100);
    http_.set_payload_max_length(1024);
    http_.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                               {"Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'"},
                               {"Referrer-Policy", "no-referrer"}});

    http_.Get(R"(/api/.*)", [this](const httplib::Request& req, httplib::Response& res) {
      const size_t q = req.target.find('?');
      const std::string_view query =
          q == std::string::npos ? std::string_view() : std::string_view(req.target).substr(q + 1);
      ApiResponse r = api_->Handle(req.path, query);
      res.status = r.status;
      res.set_header("Cache-Control", "no-store");
      res.set_content(r.body, r.content_type.c_str());
    });

    bool mounted = false;
    if (!options.web_dir.empty() && std::filesystem::exists(std::filesystem::path(options.web_dir) / "index.html")) {
      mounted = http_.set_mount_point("/", options.web_dir);
    }
    if (!mounted) {
      http_.Get("/", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(kNoDashboard, "text/html; charset=utf-8");
      });
    }
    // Anything but GET/HEAD: refused, and nothing is ever written anyway.
    auto refuse = [](const httplib::Request&, httplib::Response& res) {
      res.status = 405;
      res.set_content(R"({"error":"only GET is supported"})", "application/json");
    };
    http_.Post(".*", refuse);
    http_.Put(".*", refuse);
    http_.Patch(".*", refuse);
    http_.Delete(".*", refuse);
    http_.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) {
        res.set_content("{\"error\":\"HTTP " + std::to_string(res.status) + "\"}", "application/json");
      }
    });

    if (options.port == 0) {
      port_ = http_.bind_to_any_port(options.host);
    } else {
      port_ = http_.bind_to_port(options.host, options.port) ? options.port : -1;
    }
    if (port_ <= 0) {
      return Status::IoError("cannot listen on " + options.host + ":" + std::to_string(options.port));
    }
    return Status::Ok();
  }

  int port() const override { return port_; }

  Status Run() override {
    if (!http_.listen_after_bind()) return Status::IoError("the HTTP listener stopped with an error");
    return Status::Ok();
  }

  void Stop() override { http_.stop(); }

 private:
  ServerOptions options_;
  std::unique_ptr<ApiHandler> api_;
  httplib::Server http_;
  int port_ = -1;
};

}  // namespace

StatusOr<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  auto s = std::make_unique<ServerImpl>();
  PARLEY_RETURN_IF_ERROR(s->Init(options));
  return std::unique_ptr<Server>(std::move(s));
}

}  // namespace parley
