// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.
//
// The query language's parser: what it accepts, and the malformed,
// oversized and injection-shaped input it refuses with a message naming the
// parameter.

#include <string>

#include <gtest/gtest.h>

#include "store/params.h"

namespace parley::store {
namespace {

Status Parse(const std::string& query, unsigned accepted, ApiRequest* out) {
  auto params = ParseQueryString(query);
  if (!params.ok()) return params.status();
  return ParseApiRequest(*params, accepted, out);
}

TEST(ParamsTest, DecodesPercentAndPlus) {
  auto p = ParseQueryString("q=d%C3%A9fense+europ%C3%A9enne&actor=rus&&dyad=RUS%2CUSA");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->size(), 3u);
  EXPECT_EQ((*p)[0].second, "défense européenne");
  EXPECT_EQ((*p)[2].second, "RUS,USA");
}

TEST(ParamsTest, BuildsAFilter) {
  ApiRequest r;
  ASSERT_TRUE(Parse("actor=rusgov&dyad=rus,usa&code=041&root=04&quad=1&plover=consult&from=2021-01-01&to=2021-12-31"
                    "&lang=fr&location=Moscou&q=t%C3%A9l%C3%A9phone&offset=20&limit=50",
                    kPagingKeys, &r)
                  .ok());
  EXPECT_EQ(r.filter.actor, "RUSGOV");
  EXPECT_EQ(r.filter.dyad_a, "RUS");
  EXPECT_EQ(r.filter.dyad_b, "USA");
  EXPECT_EQ(r.filter.code, "041");
  EXPECT_EQ(r.filter.quad_class, 1);
  EXPECT_EQ(r.filter.plover, "CONSULT");
  EXPECT_EQ(r.filter.from->ToIso(), "2021-01-01");
  EXPECT_EQ(r.filter.text, "téléphone");
  EXPECT_EQ(r.offset, 20);
  EXPECT_EQ(r.limit, 50);
  ASSERT_TRUE(Parse("by=week", kStatsKeys, &r).ok());
  EXPECT_EQ(r.by, Granularity::kWeek);
  ASSERT_TRUE(Parse("actor=&quad=", kFilterKeys, &r).ok());  // empty form fields filter nothing
  EXPECT_TRUE(r.filter.actor.empty());
}

struct Refused {
  const char* query;
  const char* message;  // part of the message
};

TEST(ParamsTest, RefusesBadInputNamingTheParameter) {
  const Refused cases[] = {
      {"bogus=1", "unknown parameter 'bogus'"},
      {"actor=RUS&actor=USA", "repeated"},
      {"actor=RUS'%20OR%201=1--", "actor"},
      {"actor=RUS;DROP%20TABLE%20events", "actor"},
      {"source=%22%29%20UNION%20SELECT", "source"},
      {"dyad=RUS", "dyad"},
      {"dyad=RUS,USA,CHN", "dyad"},
      {"dyad=,USA", "dyad"},
      {"code=04'", "code"},
      {"code=12345", "code"},
      {"root=4", "root"},
      {"quad=5", "quad"},
      {"quad=-1", "quad"},
      {"quad=1e3", "quad"},
      {"plover=CON%20SULT", "plover"},
      {"mode=maybe", "mode"},
      {"from=2021-02-30", "from"},
      {"from=yesterday", "from"},
      {"from=2021-05-01&to=2021-01-01", "to is before from"},
      {"lang=de", "lang"},
      {"q=***", "q"},
      {"offset=-1", "offset"},
      {"limit=0", "limit"},
      {"limit=1000000", "limit"},
      {"limit=99999999999999999999999", "limit"},
      {"q=%ZZ", "%-escape"},
      {"q=abc%4", "%-escape"},
      {"q=%00", "UTF-8"},
      {"q=%C3%28", "UTF-8"},
      {"q=%ED%A0%80", "UTF-8"},  // a UTF-16 surrogate
  };
  for (const Refused& c : cases) {
    ApiRequest r;
    Status st = Parse(c.query, kPagingKeys, &r);
    EXPECT_FALSE(st.ok()) << c.query;
    EXPECT_EQ(st.code(), Status::Code::kInvalidArgument) << c.query;
    EXPECT_NE(st.message().find(c.message), std::string::npos) << c.query << " -> " << st.message();
  }
}

TEST(ParamsTest, KeysOutsideTheEndpointAreUnknown) {
  ApiRequest r;
  EXPECT_FALSE(Parse("limit=5", kFilterKeys, &r).ok());
  EXPECT_FALSE(Parse("by=month", kPagingKeys, &r).ok());
  EXPECT_TRUE(Parse("by=month", kStatsKeys, &r).ok());
}

TEST(ParamsTest, RefusesOversizedInput) {
  ApiRequest r;
  EXPECT_FALSE(Parse("q=" + std::string(300, 'a'), kFilterKeys, &r).ok());           // one value
  EXPECT_FALSE(Parse("q=" + std::string(kMaxQueryBytes, 'a'), kFilterKeys, &r).ok());  // the whole query
  std::string many;
  for (int i = 0; i < 40; ++i) many += "a" + std::to_string(i) + "=1&";
  auto st = Parse(many, kFilterKeys, &r);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("too many"), std::string::npos);
  EXPECT_FALSE(Parse("q=" + std::string(65, 'x'), kFilterKeys, &r).ok());  // a word over 64 bytes
  std::string words;
  for (int i = 0; i < 17; ++i) words += "w" + std::to_string(i) + "+";
  EXPECT_FALSE(Parse("q=" + words, kFilterKeys, &r).ok());
}

}  // namespace
}  // namespace parley::store
