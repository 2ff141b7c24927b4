// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "dictionaries/codebook.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include <unistd.h>

#include "gtest/gtest.h"

namespace parley {
namespace {

const char kRealBook[] = PARLEY_SOURCE_DIR "/dictionaries/cameo/codebook.tsv";

// A file under the test temp dir holding `content`, removed when destroyed.
// The pid keeps concurrent runs of this test (other build trees) apart.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content)
      : path_(::testing::TempDir() + "parley_codebook_" + std::to_string(getpid()) + "_" + name +
              ".tsv") {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out << content;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Two good lines after a comment; a bad line appended to it is line 4.
const char kGoodPrefix[] =
    "# test book\n"
    "04\t04\t1\t1.0\tCONSULT\t-\tConsult\n"
    "041\t04\t1\t1.0\tCONSULT\tphone\tDiscuss by Telephone\n";

TEST(CodebookTest, LoadsAGoodFile) {
  TempFile file("good", std::string(kGoodPrefix) +
                            "\n"
                            "  # indented comment\n"
                            "042\t04\t1\t1.9\t-\t-\tMake a Visit, Officially\r\n");
  StatusOr<Codebook> book = Codebook::Load(file.path());
  ASSERT_TRUE(book.ok()) << book.status().ToString();
  ASSERT_EQ(book->codes().size(), 3u);
  const CameoCode* c = book->Find("041");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->code, "041");
  EXPECT_EQ(c->root, "04");
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_DOUBLE_EQ(c->goldstein, 1.0);
  EXPECT_EQ(c->plover, "CONSULT");
  EXPECT_EQ(c->name, "Discuss by Telephone");
  // "-" means no PLOVER type; the CR of a CRLF line end is not part of the name.
  const CameoCode* visit = book->Find("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->plover, "");
  EXPECT_EQ(visit->name, "Make a Visit, Officially");
  EXPECT_EQ(book->Find("043"), nullptr);
  EXPECT_EQ(book->Find(""), nullptr);
}

TEST(CodebookTest, AcceptsTheEndsOfTheGoldsteinScale) {
  TempFile file("ends",
                "08\t08\t2\t5.0\tCONCEDE\t-\tYield\n"
                "087\t08\t2\t10\tRETREAT\t-\tDe-escalate\n"
                "19\t19\t4\t-10.0\tASSAULT\t-\tFight\n");
  StatusOr<Codebook> book = Codebook::Load(file.path());
  ASSERT_TRUE(book.ok()) << book.status().ToString();
  EXPECT_DOUBLE_EQ(book->Find("087")->goldstein, 10.0);
  EXPECT_DOUBLE_EQ(book->Find("19")->goldstein, -10.0);
}

TEST(CodebookTest, MissingFileIsNotFound) {
  StatusOr<Codebook> book = Codebook::Load(::testing::TempDir() + "no_such_codebook.tsv");
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().code(), Status::Code::kNotFound);
}

TEST(CodebookTest, EmptyFileIsAnError) {
  TempFile file("empty", "# only a comment\n\n");
  StatusOr<Codebook> book = Codebook::Load(file.path());
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().code(), Status::Code::kParseError);
}

struct BadLineCase {
  const char* name;
  const char* line;       // appended as line 4
  const char* expected;   // must appear in the message, with the bad text
};

class CodebookBadLineTest : public ::testing::TestWithParam<BadLineCase> {};

TEST_P(CodebookBadLineTest, IsAParseErrorNamingFileLineAndText) {
  const BadLineCase& c = GetParam();
  TempFile file(c.name, std::string(kGoodPrefix) + c.line + "\n");
  const std::string& path = file.path();
  StatusOr<Codebook> book = Codebook::Load(path);
  ASSERT_FALSE(book.ok()) << c.name;
  EXPECT_EQ(book.status().code(), Status::Code::kParseError);
  const std::string& message = book.status().message();
  EXPECT_NE(message.find(path + ":4:"), std::string::npos) << message;
  EXPECT_NE(message.find(c.expected), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    AllChecks, CodebookBadLineTest,
    ::testing::Values(
        BadLineCase{"too_few_columns", "042\t04\t1\t1.9\tCONSULT\tMake a Visit", "found 6"},
        BadLineCase{"too_many_columns", "042\t04\t1\t1.9\tCONSULT\tvisit\tMake a Visit\textra",
                    "found 8"},
        BadLineCase{"spaces_not_tabs", "042 04 1 1.9 CONSULT visit Make a Visit", "found 1"},
        BadLineCase{"non_numeric_code", "04a\t04\t1\t1.9\tCONSULT\tvisit\tMake a Visit",
                    "code \"04a\""},
        BadLineCase{"code_too_long", "04211\t04\t1\t1.9\tCONSULT\tvisit\tMake a Visit",
                    "code \"04211\""},
        BadLineCase{"code_too_short", "4\t04\t1\t1.9\tCONSULT\tvisit\tMake a Visit", "code \"4\""},
        BadLineCase{"root_mismatch", "042\t05\t1\t1.9\tCONSULT\tvisit\tMake a Visit",
                    "root \"05\""},
        BadLineCase{"root_out_of_range", "21\t21\t4\t-10.0\tASSAULT\t-\tNo Such Root",
                    "root \"21\""},
        BadLineCase{"root_zero", "00\t00\t1\t0.0\t-\t-\tNo Such Root", "root \"00\""},
        BadLineCase{"quad_class_zero", "042\t04\t0\t1.9\tCONSULT\tvisit\tMake a Visit",
                    "quad_class \"0\""},
        BadLineCase{"quad_class_five", "042\t04\t5\t1.9\tCONSULT\tvisit\tMake a Visit",
                    "quad_class \"5\""},
        BadLineCase{"quad_class_text", "042\t04\tone\t1.9\tCONSULT\tvisit\tMake a Visit",
                    "quad_class \"one\""},
        BadLineCase{"quad_class_inconsistent", "042\t04\t3\t1.9\tCONSULT\tvisit\tMake a Visit",
                    "quad_class \"3\" does not match root \"04\" (expected 1)"},
        BadLineCase{"goldstein_too_high", "042\t04\t1\t10.5\tCONSULT\tvisit\tMake a Visit",
                    "goldstein \"10.5\" is outside"},
        BadLineCase{"goldstein_too_low", "042\t04\t1\t-10.01\tCONSULT\tvisit\tMake a Visit",
                    "goldstein \"-10.01\" is outside"},
        BadLineCase{"goldstein_not_a_number", "042\t04\t1\t1,9\tCONSULT\tvisit\tMake a Visit",
                    "goldstein \"1,9\" is not a number"},
        BadLineCase{"goldstein_nan", "042\t04\t1\tnan\tCONSULT\tvisit\tMake a Visit",
                    "goldstein \"nan\""},
        BadLineCase{"duplicate_code", "041\t04\t1\t1.0\tCONSULT\tphone\tCall Again",
                    "duplicate code \"041\" (first defined at line 3)"},
        BadLineCase{"lower_case_plover", "042\t04\t1\t1.9\tConsult\tvisit\tMake a Visit",
                    "plover \"Consult\""},
        BadLineCase{"upper_case_mode", "042\t04\t1\t1.9\tCONSULT\tVisit\tMake a Visit",
                    "plover_mode \"Visit\""},
        BadLineCase{"empty_name", "042\t04\t1\t1.9\tCONSULT\tvisit\t", "empty name"},
        BadLineCase{"missing_parent", "0421\t04\t1\t1.9\tCONSULT\tvisit\tOrphan",
                    "code \"0421\" has no parent \"042\""}),
    [](const ::testing::TestParamInfo<BadLineCase>& info) { return info.param.name; });

// ---------------------------------------------------------------------------
// The real code book in dictionaries/cameo/.

class RealCodebookTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    StatusOr<Codebook> loaded = Codebook::Load(kRealBook);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    book_ = new Codebook(std::move(loaded).value());
  }
  static void TearDownTestSuite() {
    delete book_;
    book_ = nullptr;
  }
  static const Codebook* book_;
};
const Codebook* RealCodebookTest::book_ = nullptr;

TEST_F(RealCodebookTest, HasEveryCode) {
  ASSERT_NE(book_, nullptr);
  EXPECT_GE(book_->codes().size(), 290u);
  for (int root = 1; root <= 20; ++root) {
    char code[3];
    std::snprintf(code, sizeof code, "%02d", root);
    EXPECT_NE(book_->Find(code), nullptr) << "root " << code;
  }
  std::set<std::string> codes;
  for (const CameoCode& c : book_->codes()) codes.insert(c.code);
  int three_digit = 0, four_digit = 0;
  for (const CameoCode& c : book_->codes()) {
    ASSERT_GE(c.code.size(), 2u);
    EXPECT_EQ(c.root, c.code.substr(0, 2));
    EXPECT_TRUE(codes.count(c.root)) << c.code << " has no root";
    if (c.code.size() == 3) ++three_digit;
    if (c.code.size() == 4) {
      ++four_digit;
      EXPECT_TRUE(codes.count(c.code.substr(0, 3))) << c.code << " has no 3-digit parent";
    }
    EXPECT_FALSE(c.name.empty()) << c.code;
  }
  EXPECT_GE(three_digit, 147);  // GDELT's list has 147 and 144
  EXPECT_GE(four_digit, 144);
}

TEST_F(RealCodebookTest, GoldsteinSpotValues) {
  ASSERT_NE(book_, nullptr);
  struct Spot {
    const char* code;
    double goldstein;
  };
  // Checked by hand against GDELT's CAMEO.goldsteinscale.txt.
  const Spot spots[] = {
      {"01", 0.0},    {"011", -0.1},  {"012", -0.4},  {"016", -2.0},  {"022", 3.2},
      {"024", -0.3},  {"032", 4.5},   {"036", 4.0},   {"041", 1.0},   {"042", 1.9},
      {"043", 2.8},   {"044", 2.5},   {"051", 3.4},   {"057", 8.0},   {"072", 8.3},
      {"074", 8.5},   {"0874", 10.0}, {"09", -2.0},   {"1056", -5.0}, {"106", -5.0},
      {"130", -4.4},  {"131", -5.8},  {"13", -6.0},   {"144", -7.5},  {"15", -7.2},
      {"162", -5.6},  {"163", -8.0},  {"171", -9.2},  {"182", -9.5},  {"1821", -9.0},
      {"1823", -10.0}, {"190", -10.0}, {"201", -9.5}, {"2042", -10.0},
  };
  for (const Spot& s : spots) {
    const CameoCode* c = book_->Find(s.code);
    ASSERT_NE(c, nullptr) << s.code;
    EXPECT_DOUBLE_EQ(c->goldstein, s.goldstein) << s.code;
  }
}

TEST_F(RealCodebookTest, QuadClassFollowsTheRoot) {
  ASSERT_NE(book_, nullptr);
  const std::pair<const char*, int> spots[] = {
      {"019", 1}, {"057", 1}, {"060", 2}, {"0874", 2}, {"094", 2},
      {"1056", 3}, {"1454", 3}, {"154", 4}, {"2042", 4},
  };
  for (const auto& [code, quad] : spots) {
    const CameoCode* c = book_->Find(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->quad_class, quad) << code;
  }
}

TEST_F(RealCodebookTest, PloverSpotValues) {
  ASSERT_NE(book_, nullptr);
  const std::pair<const char*, const char*> spots[] = {
      {"010", ""},          {"020", "REQUEST"}, {"036", "AGREE"},    {"041", "CONSULT"},
      {"051", "SUPPORT"},   {"061", "COOPERATE"}, {"073", "AID"},    {"081", "CONCEDE"},
      {"0874", "RETREAT"},  {"091", "ACCUSE"},  {"1056", "REQUEST"}, {"111", "ACCUSE"},
      {"125", "REJECT"},    {"138", "THREATEN"}, {"141", "PROTEST"}, {"154", "MOBILIZE"},
      {"161", "SANCTION"},  {"163", "COERCE"},  {"173", "COERCE"},   {"175", "ASSAULT"},
      {"193", "ASSAULT"},   {"204", "ASSAULT"},
  };
  for (const auto& [code, plover] : spots) {
    const CameoCode* c = book_->Find(code);
    ASSERT_NE(c, nullptr) << code;
    EXPECT_EQ(c->plover, plover) << code;
  }
}

// The upstream GDELT list merges 1056 and 106 on one line and garbles 044.
TEST_F(RealCodebookTest, UpstreamDefectsAreFixed) {
  ASSERT_NE(book_, nullptr);
  const CameoCode* c1056 = book_->Find("1056");
  const CameoCode* c106 = book_->Find("106");
  ASSERT_NE(c1056, nullptr);
  ASSERT_NE(c106, nullptr);
  EXPECT_EQ(c1056->name.find("106"), std::string::npos) << c1056->name;
  EXPECT_NE(c1056->name, c106->name);
  const CameoCode* c044 = book_->Find("044");
  ASSERT_NE(c044, nullptr);
  EXPECT_NE(c044->name.find("Third"), std::string::npos) << c044->name;
  for (const CameoCode& c : book_->codes()) {
    for (char ch : c.name) {
      EXPECT_LT(static_cast<unsigned char>(ch), 0x80) << c.code << " name is not plain ASCII";
    }
  }
}

}  // namespace
}  // namespace parley
