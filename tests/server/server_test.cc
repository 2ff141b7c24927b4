// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// `parley serve`'s HTTP server over a real socket on loopback: answers,
// HTTP 400 for malformed, oversized and injection-shaped parameters, and the
// database file byte for byte unchanged whatever is sent.

#include <sys/stat.h>

#include <filesystem>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "parley/server.h"
#include "parley/store.h"
#include "store/store_test_util.h"

namespace parley {
namespace {

using testing_util::DocBuilder;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.File("events.sqlite");
    auto w = StoreWriter::Open(db_);
    ASSERT_TRUE(w.ok());
    DocBuilder a("lemonde-1", "2021-02-05", {"Lavrov s'est entretenu avec Blinken.", "Moscou a critiqué Washington."},
                 "https://www.lemonde.fr/a");
    a.Add("2021-02-04", "RUSGOV", "041", "USAGOV", 1, 1, "Lavrov s'est entretenu avec Blinken.", 1, "Lavrov",
          "s'est entretenu", "Blinken");
    a.Add("2021-02-05", "RUS", "111", "USA", 3, -2, "Moscou a critiqué Washington.", 2, "Moscou", "a critiqué",
          "Washington");
    DocBuilder b("bbc-2", "2021-03-01", {"Paris hosted Berlin."}, "https://www.bbc.co.uk/x", Language::kEnglish);
    b.Add("2021-03-01", "FRA", "043", "DEU", 1, 2.8, "Paris hosted Berlin.", 1, "Paris", "hosted", "Berlin");
    ASSERT_TRUE((*w)->Add(a.doc, a.stats, a.events).ok());
    ASSERT_TRUE((*w)->Add(b.doc, b.stats, b.events).ok());
    ASSERT_TRUE((*w)->Close().ok());
    before_ = testing_util::Slurp(db_);
    struct stat st {};
    ASSERT_EQ(stat(db_.c_str(), &st), 0);
    mtime_ = st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;

    ServerOptions o;
    o.db_path = db_;
    o.port = 0;
    auto s = Server::Create(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value();
    thread_ = std::thread([this] { server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_url_encode(false);  // send the targets exactly as written
    for (int i = 0; i < 100 && !client_->Get("/api/summary"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    // Nothing the tests sent may have changed the database.
    EXPECT_EQ(testing_util::Slurp(db_), before_);
    struct stat st {};
    ASSERT_EQ(stat(db_.c_str(), &st), 0);
    EXPECT_EQ(st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec, mtime_);
    EXPECT_FALSE(std::filesystem::exists(db_ + "-journal"));
    EXPECT_FALSE(std::filesystem::exists(db_ + "-wal"));
  }

  std::pair<int, nlohmann::json> Get(const std::string& target) {
    auto res = client_->Get(target.c_str());
    if (!res) return {-1, nullptr};
    nlohmann::json body = nlohmann::json::parse(res->body, nullptr, false);
    return {res->status, body};
  }

  testing_util::TempDir dir_;
  std::string db_, before_;
  long long mtime_ = 0;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(ServerTest, BindsLoopbackByDefault) { EXPECT_EQ(ServerOptions().host, "127.0.0.1"); }

TEST_F(ServerTest, AnswersQueriesStatsAndDetails) {
  auto [status, summary] = Get("/api/summary");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(summary["documents"], 2);
  EXPECT_EQ(summary["events"], 3);

  auto [s2, dyad] = Get("/api/events?dyad=USA,RUS&limit=10");
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(dyad["total"], 2);
  ASSERT_EQ(dyad["events"].size(), 2u);
  EXPECT_EQ(dyad["events"][0]["code"], "111");  // newest first

  auto [s3, stats] = Get("/api/stats?dyad=RUS,USA&by=day");
  ASSERT_EQ(s3, 200);
  ASSERT_EQ(stats["periods"].size(), 2u);
  EXPECT_EQ(stats["periods"][0]["period"], "2021-02-04");
  EXPECT_EQ(stats["periods"][1]["quad"][2], 1);

  const int64_t id = dyad["events"][1]["id"];
  auto [s4, detail] = Get("/api/event?id=" + std::to_string(id));
  ASSERT_EQ(s4, 200);
  ASSERT_EQ(detail["mentions"].size(), 1u);
  std::string marked;
  for (const auto& seg : detail["mentions"][0]["segments"]) {
    marked += seg.contains("role") ? "[" + seg["role"].get<std::string>() + "]" : seg["text"].get<std::string>();
  }
  EXPECT_EQ(marked, "[source] [verb] avec [target].");

  auto [s5, doc] = Get("/api/document?doc=lemonde-1");
  ASSERT_EQ(s5, 200);
  EXPECT_EQ(doc["events"].size(), 2u);
  auto [s6, net] = Get("/api/network?actor=FRA");
  ASSERT_EQ(s6, 200);
  ASSERT_EQ(net["edges"].size(), 1u);
  EXPECT_EQ(net["edges"][0]["target"], "DEU");
  auto exported = client_->Get("/api/export?format=gdelt&limit=10");
  ASSERT_TRUE(exported);
  EXPECT_EQ(exported->status, 200);
  EXPECT_EQ(std::count(exported->body.begin(), exported->body.end(), '\n'), 3);
  EXPECT_EQ(std::count(exported->body.begin(), exported->body.end(), '\t'), 3 * 60);
}

TEST_F(ServerTest, BadParametersGet400AndAMessage) {
  const std::string targets[] = {
      "/api/events?bogus=1",
      "/api/events?actor=RUS'%20OR%20'1'='1",
      "/api/events?actor=RUS%27%3B%20DROP%20TABLE%20events%3B--",
      "/api/events?source=%22)%20UNION%20SELECT%20*%20FROM%20documents--",
      "/api/events?code=041%20OR%201=1",
      "/api/events?q=%22%20OR%20NEAR(",  // FTS5-shaped: accepted as words, so not 400 — checked below
      "/api/events?limit=100000",
      "/api/events?limit=-5",
      "/api/events?offset=abc",
      "/api/events?from=2021-13-01",
      "/api/events?actor=RUS&actor=USA",
      "/api/events?q=%FF%FE",
      "/api/events?q=%G0",
      "/api/events?q=" + std::string(5000, 'a'),
      "/api/events?q=" + std::string(300, 'b'),
      "/api/stats?by=century",
      "/api/stats?by=day&limit=5",
      "/api/event",
      "/api/event?id=0",
      "/api/event?id=1;DELETE",
      "/api/document",
  };
  for (const std::string& t : targets) {
    auto [status, body] = Get(t);
    if (t.find("NEAR") != std::string::npos) {
      EXPECT_EQ(status, 200) << t;  // quotes and operators are plain words here
      continue;
    }
    EXPECT_EQ(status, 400) << t.substr(0, 100);
    ASSERT_TRUE(body.is_object()) << t.substr(0, 100);
    EXPECT_TRUE(body.contains("error")) << t.substr(0, 100);
  }
  std::string many = "/api/events?";
  for (int i = 0; i < 50; ++i) many += "actor" + std::to_string(i) + "=X&";
  EXPECT_EQ(Get(many).first, 400);
}

TEST_F(ServerTest, UnknownThingsAre404AndWritesAreRefused) {
  EXPECT_EQ(Get("/api/nothing").first, 404);
  EXPECT_EQ(Get("/api/event?id=999999").first, 404);
  EXPECT_EQ(Get("/api/document?doc=missing").first, 404);
  auto post = client_->Post("/api/events", "actor=RUS", "application/x-www-form-urlencoded");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  auto del = client_->Delete("/api/events");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 405);
}

TEST(ServerCreateTest, AMissingDatabaseIsAnError) {
  ServerOptions o;
  o.db_path = "/nonexistent/dir/x.sqlite";
  o.port = 0;
  auto s = Server::Create(o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("x.sqlite"), std::string::npos);
}

}  // namespace
}  // namespace parley
