// Copyright 2026 The Parley Authors. Licensed under the Apache License 2.0.

#include "parley/reader.h"

#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "input/json_line.h"

namespace parley {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (fs::temp_directory_path() / "parley_reader_XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = fs::path(dir_) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }

  static std::string Gzip(const std::string& in) {
    z_stream zs{};
    EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    std::string out(deflateBound(&zs, in.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
  }

  static std::string Zstd(const std::string& in) {
    std::string out(ZSTD_compressBound(in.size()), '\0');
    size_t n = ZSTD_compress(out.data(), out.size(), in.data(), in.size(), 3);
    EXPECT_FALSE(ZSTD_isError(n));
    out.resize(n);
    return out;
  }

  static std::vector<ReadResult> ReadAll(const std::vector<std::string>& paths, ReaderOptions opt = {}) {
    auto reader = DocumentReader::Open(paths, opt);
    EXPECT_TRUE(reader.ok()) << reader.status().ToString();
    std::vector<ReadResult> all;
    if (!reader.ok()) return all;
    ReadResult r;
    while ((*reader)->Next(&r)) all.push_back(r);
    return all;
  }

  std::string dir_;
};

TEST_F(ReaderTest, TextFileIsOneDocumentWithPathAsId) {
  const std::string p = Write("dispatch.txt", "\xEF\xBB\xBFPARIS, 4 février (AFP) - Texte.\nSuite.\n");
  auto all = ReadAll({p});
  ASSERT_EQ(all.size(), 1u);
  EXPECT_TRUE(all[0].status.ok());
  EXPECT_EQ(all[0].document.id, p);
  EXPECT_EQ(all[0].document.origin, p);
  EXPECT_EQ(all[0].document.text, "PARIS, 4 février (AFP) - Texte.\nSuite.\n");  // BOM dropped
}

TEST_F(ReaderTest, JsonLinesFieldsAndOrigins) {
  const std::string p = Write("news.jsonl",
                              "{\"id\":\"a1\",\"text\":\"Bonjour \\u00e9t\\u00e9 \\ud83d\\ude00\\n\",\"date\":\"2021-02-04\","
                              "\"lang\":\"fr\",\"title\":\"T\",\"url\":\"http://x\",\"extra\":{\"k\":[1,2,{\"z\":null}]}}\n"
                              "\n   \n"
                              "{\"id\": 42, \"text\": \"Hello\", \"date\": null}\r\n"
                              "{\"text\":\"last\",\"id\":-7.5e3}");  // no final newline
  auto all = ReadAll({p});
  ASSERT_EQ(all.size(), 3u);
  for (const auto& r : all) EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_EQ(all[0].document.id, "a1");
  EXPECT_EQ(all[0].document.text, "Bonjour \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80\n");
  EXPECT_EQ(all[0].document.date, (Date{2021, 2, 4}));
  EXPECT_EQ(all[0].document.lang, Language::kFrench);
  EXPECT_EQ(all[0].document.title, "T");
  EXPECT_EQ(all[0].document.url, "http://x");
  EXPECT_EQ(all[0].document.origin, p + ":1");
  EXPECT_EQ(all[1].document.id, "42");
  EXPECT_FALSE(all[1].document.date.valid());
  EXPECT_EQ(all[1].document.lang, Language::kUnknown);
  EXPECT_EQ(all[1].document.origin, p + ":4");
  EXPECT_EQ(all[2].document.id, "-7.5e3");
  EXPECT_EQ(all[2].document.text, "last");
  EXPECT_EQ(all[2].document.origin, p + ":5");
}

TEST_F(ReaderTest, NdjsonAndFormatOverride) {
  const std::string nd = Write("a.ndjson", "{\"id\":\"x\",\"text\":\"t\"}\n");
  const std::string txt = Write("b.txt", "{\"id\":\"y\",\"text\":\"u\"}\n");
  auto all = ReadAll({nd, txt});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].document.id, "x");
  EXPECT_EQ(all[1].document.id, txt);  // read as text by extension
  ReaderOptions opt;
  opt.format = InputFormat::kJsonLines;
  all = ReadAll({txt}, opt);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].document.id, "y");
  opt.format = InputFormat::kText;
  all = ReadAll({nd}, opt);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].document.text, "{\"id\":\"x\",\"text\":\"t\"}\n");
}

TEST_F(ReaderTest, MalformedLineInTheMiddleDoesNotStopTheFile) {
  const std::string p = Write("m.jsonl",
                              "{\"id\":\"1\",\"text\":\"one\"}\n"
                              "{\"id\":\"2\",\"text\":\"two\"\n"
                              "{\"id\":\"3\",\"text\":\"three\"}\n");
  auto all = ReadAll({p});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_TRUE(all[0].status.ok());
  EXPECT_EQ(all[1].status.code(), Status::Code::kParseError);
  EXPECT_NE(all[1].status.message().find(p + ":2"), std::string::npos) << all[1].status.message();
  EXPECT_NE(all[1].status.message().find("expected ',' or '}'"), std::string::npos) << all[1].status.message();
  EXPECT_EQ(all[1].document.origin, p + ":2");
  EXPECT_TRUE(all[1].document.text.empty());
  EXPECT_TRUE(all[2].status.ok());
  EXPECT_EQ(all[2].document.text, "three");
}

TEST_F(ReaderTest, MissingFieldsAndBadDate) {
  const std::string p = Write("f.jsonl",
                              "{\"text\":\"no id\"}\n"
                              "{\"id\":\"k\"}\n"
                              "{\"id\":\"d\",\"text\":\"x\",\"date\":\"2021-02-30\"}\n"
                              "{\"id\":\"e\",\"text\":5}\n"
                              "[1,2]\n"
                              "{\"id\":\"ok\",\"text\":\"fine\",\"date\":\"2021-02-04T10:00:00Z\"}\n");
  auto all = ReadAll({p});
  ASSERT_EQ(all.size(), 6u);
  EXPECT_EQ(all[0].status.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(all[0].document.id, p + ":1");  // no id: the location stands in
  EXPECT_NE(all[0].status.message().find("\"id\""), std::string::npos);
  EXPECT_EQ(all[1].document.id, "k");
  EXPECT_NE(all[1].status.message().find("\"text\""), std::string::npos);
  EXPECT_EQ(all[2].document.id, "d");
  EXPECT_NE(all[2].status.message().find("\"date\""), std::string::npos);
  EXPECT_NE(all[2].status.message().find("2021-02-30"), std::string::npos);
  EXPECT_NE(all[3].status.message().find("\"text\" must be a string"), std::string::npos);
  EXPECT_EQ(all[4].status.code(), Status::Code::kParseError);
  ASSERT_TRUE(all[5].status.ok()) << all[5].status.ToString();
  EXPECT_EQ(all[5].document.date, (Date{2021, 2, 4}));
}

TEST_F(ReaderTest, GzipAndZstdByExtensionAndByMagic) {
  const std::string jl = "{\"id\":\"g\",\"text\":\"gz text\"}\n{\"id\":\"h\",\"text\":\"more\"}\n";
  const std::string gz = Write("c.jsonl.gz", Gzip(jl));
  const std::string zs = Write("c.ndjson.zst", Zstd(jl));
  const std::string txtgz = Write("d.txt.gz", Gzip("plain gz"));
  const std::string magic = Write("noext", Zstd("zstd without extension"));
  // Two concatenated gzip members are one stream.
  const std::string two = Write("two.txt.gz", Gzip("first ") + Gzip("second"));
  auto all = ReadAll({gz, zs, txtgz, magic, two});
  ASSERT_EQ(all.size(), 7u);
  for (const auto& r : all) EXPECT_TRUE(r.status.ok()) << r.status.ToString();
  EXPECT_EQ(all[0].document.text, "gz text");
  EXPECT_EQ(all[1].document.origin, gz + ":2");
  EXPECT_EQ(all[2].document.id, "g");
  EXPECT_EQ(all[3].document.text, "more");
  EXPECT_EQ(all[4].document.text, "plain gz");
  EXPECT_EQ(all[5].document.text, "zstd without extension");
  EXPECT_EQ(all[6].document.text, "first second");
}

TEST_F(ReaderTest, CorruptAndTruncatedCompressedData) {
  std::string good = Gzip(std::string(100000, 'a') + "\n");
  std::string corrupt = good;
  for (size_t i = 20; i < 60; ++i) corrupt[i] ^= 0x5A;
  const std::string bad_gz = Write("bad.txt.gz", corrupt);
  const std::string cut_gz = Write("cut.jsonl.gz", Gzip("{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n")
                                                      .substr(0, 30));
  std::string z = Zstd(std::string(5000, 'z'));
  const std::string cut_zst = Write("cut.txt.zst", z.substr(0, z.size() - 3));
  const std::string not_gz = Write("fake.txt.gz", "this is not gzip at all");
  auto all = ReadAll({bad_gz, cut_gz, cut_zst, not_gz});
  ASSERT_GE(all.size(), 4u);
  for (const auto& r : all) {
    EXPECT_FALSE(r.status.ok()) << r.document.origin;
    EXPECT_EQ(r.status.code(), Status::Code::kDataLoss) << r.status.ToString();
    EXPECT_TRUE(r.document.text.empty());
  }
  EXPECT_NE(all[0].status.message().find("gzip"), std::string::npos);
  EXPECT_NE(all.back().status.message().find(not_gz), std::string::npos);
}

TEST_F(ReaderTest, DirectoryWalkIsRecursiveSortedAndSkipsHiddenFiles) {
  Write("corpus/b.txt", "B");
  Write("corpus/a.txt", "A");
  Write("corpus/sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"C\"}\n");
  Write("corpus/.hidden.txt", "H");
  Write("corpus/.git/config", "G");
  Write("corpus/sub/z.txt", "Z");
  auto all = ReadAll({dir_ + "/corpus"});
  std::vector<std::string> texts;
  for (const auto& r : all) {
    EXPECT_TRUE(r.status.ok()) << r.status.ToString();
    texts.push_back(r.document.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"A", "B", "C", "Z"}));
  EXPECT_EQ(all[0].document.id, dir_ + "/corpus/a.txt");
}

TEST_F(ReaderTest, MissingPathIsReportedAndTheBatchGoesOn) {
  const std::string ok = Write("ok.txt", "fine");
  auto all = ReadAll({dir_ + "/nope.txt", ok});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].status.code(), Status::Code::kNotFound);
  EXPECT_EQ(all[0].document.id, dir_ + "/nope.txt");
  EXPECT_NE(all[0].status.message().find("nope.txt"), std::string::npos);
  EXPECT_TRUE(all[1].status.ok());
}

TEST_F(ReaderTest, HugeLineIsReportedWithItsSizeAndTheNextLineRead) {
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(40u << 20, 'x') + "\"}\n";
  const size_t big_line = big.size() - 1;
  big += "{\"id\":\"after\",\"text\":\"small\"}\n";
  const std::string p = Write("big.jsonl", big);
  big.clear();
  big.shrink_to_fit();
  ReaderOptions opt;
  opt.max_document_bytes = 8u << 20;
  auto all = ReadAll({p}, opt);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].status.code(), Status::Code::kResourceExhausted);
  EXPECT_NE(all[0].status.message().find(std::to_string(big_line)), std::string::npos) << all[0].status.message();
  EXPECT_EQ(all[0].document.origin, p + ":1");
  ASSERT_TRUE(all[1].status.ok());
  EXPECT_EQ(all[1].document.id, "after");
  EXPECT_EQ(all[1].document.origin, p + ":2");
}

TEST_F(ReaderTest, OversizeTextFileAndOversizeLastLine) {
  ReaderOptions opt;
  opt.max_document_bytes = 1000;
  const std::string t = Write("big.txt", std::string(5000, 'y'));
  const std::string j = Write("tail.jsonl", "{\"id\":\"1\",\"text\":\"a\"}\n" + std::string(3000, ' ') + "x");
  auto all = ReadAll({t, j}, opt);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].status.code(), Status::Code::kResourceExhausted);
  EXPECT_NE(all[0].status.message().find("5000"), std::string::npos);
  EXPECT_TRUE(all[1].status.ok());
  EXPECT_EQ(all[2].status.code(), Status::Code::kResourceExhausted);
  EXPECT_NE(all[2].status.message().find("3001"), std::string::npos);
}

TEST_F(ReaderTest, EmptyAndBinaryFiles) {
  const std::string empty_txt = Write("empty.txt", "");
  const std::string empty_jl = Write("empty.jsonl", "");
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin.push_back(static_cast<char>((i * 7919) & 0xFF));
  const std::string bin_txt = Write("bin.txt", bin);
  const std::string bin_jl = Write("bin.jsonl", bin);
  auto all = ReadAll({empty_txt, empty_jl, bin_txt, bin_jl});
  // Empty text: one empty document. Empty JSONL: nothing. Binary text: the
  // bytes as they are (the text stage rejects them). Binary JSONL: only
  // errors, at least one.
  ASSERT_GE(all.size(), 3u);
  EXPECT_TRUE(all[0].status.ok());
  EXPECT_EQ(all[0].document.text, "");
  EXPECT_TRUE(all[1].status.ok());
  EXPECT_EQ(all[1].document.text, bin);
  for (size_t i = 2; i < all.size(); ++i) {
    EXPECT_FALSE(all[i].status.ok());
    EXPECT_EQ(all[i].document.origin.rfind(bin_jl + ":", 0), 0u);
  }
}

TEST_F(ReaderTest, EveryNonBlankLineYieldsAResult) {
  std::string content;
  int non_blank = 0;
  for (int i = 0; i < 500; ++i) {
    switch (i % 5) {
      case 0: content += "{\"id\":" + std::to_string(i) + ",\"text\":\"t\"}\n"; ++non_blank; break;
      case 1: content += "garbage " + std::to_string(i) + "\n"; ++non_blank; break;
      case 2: content += "  \t\n"; break;
      case 3: content += "{\"id\":\"x\"}\n"; ++non_blank; break;
      case 4: content += "{\"id\":\"y\",\"text\":\"\\q\"}\n"; ++non_blank; break;
    }
  }
  auto all = ReadAll({Write("mix.jsonl", content)});
  EXPECT_EQ(static_cast<int>(all.size()), non_blank);
  int ok = 0;
  for (const auto& r : all) ok += r.status.ok();
  EXPECT_EQ(ok, 100);
}

TEST_F(ReaderTest, StdinThroughAPipe) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const std::string data = "{\"id\":\"s1\",\"text\":\"from stdin\"}\n";
  ASSERT_EQ(write(fds[1], data.data(), data.size()), static_cast<ssize_t>(data.size()));
  close(fds[1]);
  const int saved = dup(0);
  ASSERT_GE(saved, 0);
  ASSERT_EQ(dup2(fds[0], 0), 0);
  close(fds[0]);
  ReaderOptions opt;
  opt.format = InputFormat::kJsonLines;
  auto all = ReadAll({"-"}, opt);
  dup2(saved, 0);
  close(saved);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_TRUE(all[0].status.ok());
  EXPECT_EQ(all[0].document.id, "s1");
  EXPECT_EQ(all[0].document.origin, "<stdin>:1");
}

// "Le président français a félicité l'Élysée" in UTF-8, and its Latin-1 and
// windows-1252 twins (the latter with typographic quotes and an ellipsis).
const char kUtf8Text[] = "Le pr\xC3\xA9sident fran\xC3\xA7" "ais a f\xC3\xA9licit\xC3\xA9 l'\xC3\x89lys\xC3\xA9" "e.";
const char kLatin1Text[] = "Le pr\xE9sident fran\xE7" "ais a f\xE9licit\xE9 l'\xC9lys\xE9" "e.";

TEST_F(ReaderTest, Latin1TextReadsAsItsUtf8TwinWithANote) {
  const std::string latin1 = Write("latin1.txt", kLatin1Text);
  const std::string utf8 = Write("utf8.txt", kUtf8Text);
  auto all = ReadAll({latin1, utf8});
  ASSERT_EQ(all.size(), 2u);
  ASSERT_TRUE(all[0].status.ok());
  EXPECT_EQ(all[0].document.text, kUtf8Text);
  EXPECT_NE(all[0].note.find("read as windows-1252"), std::string::npos) << all[0].note;
  EXPECT_EQ(all[1].document.text, kUtf8Text);
  EXPECT_EQ(all[1].note, "");
  // Forced encodings: no note; windows-1252 maps 0x93/0x94/0x85 to quotes and
  // an ellipsis, Latin-1 to C1 controls.
  const std::string quotes = Write("quotes.txt", "\x93oui\x94\x85");
  ReaderOptions cp;
  cp.encoding = TextEncoding::kWindows1252;
  EXPECT_EQ(ReadAll({quotes}, cp)[0].document.text, "\xE2\x80\x9Coui\xE2\x80\x9D\xE2\x80\xA6");
  ReaderOptions l1;
  l1.encoding = TextEncoding::kLatin1;
  EXPECT_EQ(ReadAll({latin1}, l1)[0].document.text, kUtf8Text);
  EXPECT_EQ(ReadAll({latin1}, l1)[0].note, "");
  EXPECT_EQ(ReadAll({quotes}, l1)[0].document.text, "\xC2\x93oui\xC2\x94\xC2\x85");
}

TEST_F(ReaderTest, Latin1JsonLinesAreDecodedLineByLine) {
  const std::string f = Write("l1.jsonl", std::string("{\"id\":\"a\",\"text\":\"") + kLatin1Text + "\"}\n" +
                                              "{\"id\":\"b\",\"text\":\"" + kUtf8Text + "\"}\n");
  auto all = ReadAll({f});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].document.text, kUtf8Text);
  EXPECT_FALSE(all[0].note.empty());
  EXPECT_EQ(all[1].document.text, kUtf8Text);
  EXPECT_EQ(all[1].note, "");
}

TEST_F(ReaderTest, DamagedUtf8IsKeptOrReplacedNotReadAsAnotherCharset) {
  // Mostly valid UTF-8 with one stray byte: UTF-8 with damage.
  const std::string damaged = std::string(kUtf8Text) + " \xFF fin";
  const std::string f = Write("damaged.txt", damaged);
  EXPECT_EQ(ReadAll({f})[0].document.text, damaged);  // skip: the coder refuses it, naming the byte
  ReaderOptions replace;
  replace.invalid_utf8 = InvalidUtf8::kReplace;
  auto r = ReadAll({f}, replace);
  EXPECT_EQ(r[0].document.text, std::string(kUtf8Text) + " \xEF\xBF\xBD fin");
  EXPECT_EQ(r[0].note, "1 byte not valid UTF-8 replaced by U+FFFD");
  // Forced UTF-8 never reads Latin-1 as windows-1252.
  ReaderOptions utf8;
  utf8.encoding = TextEncoding::kUtf8;
  EXPECT_EQ(ReadAll({Write("l1.txt", kLatin1Text)}, utf8)[0].document.text, kLatin1Text);
}

TEST_F(ReaderTest, TheSizeLimitHoldsAfterDecoding) {
  // 40 Latin-1 bytes become 80 UTF-8 bytes: over a limit of 64.
  const std::string f = Write("grows.txt", std::string(40, '\xE9'));
  ReaderOptions o;
  o.max_document_bytes = 64;
  auto r = ReadAll({f}, o);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].status.code(), Status::Code::kResourceExhausted);
  EXPECT_NE(r[0].status.message().find("80 bytes once decoded to UTF-8"), std::string::npos) << r[0].status.message();
  EXPECT_TRUE(r[0].document.text.empty());
}

TEST_F(ReaderTest, ParseTextEncoding) {
  EXPECT_EQ(ParseTextEncoding("UTF-8").value(), TextEncoding::kUtf8);
  EXPECT_EQ(ParseTextEncoding("latin-1").value(), TextEncoding::kLatin1);
  EXPECT_EQ(ParseTextEncoding("windows-1252").value(), TextEncoding::kWindows1252);
  EXPECT_EQ(ParseTextEncoding("auto").value(), TextEncoding::kAuto);
  EXPECT_FALSE(ParseTextEncoding("ebcdic").ok());
}

TEST_F(ReaderTest, SplitLinesAndParagraphsNameDocumentsByTheirFirstLine) {
  const std::string f = Write("corpus.txt", "first line\n\nsecond one\r\nthird\n  \n\nfourth\nfifth");
  ReaderOptions lines;
  lines.split = TextSplit::kLines;
  auto l = ReadAll({f}, lines);
  ASSERT_EQ(l.size(), 5u);
  EXPECT_EQ(l[0].document.id, f + ":1");
  EXPECT_EQ(l[0].document.text, "first line");
  EXPECT_EQ(l[1].document.id, f + ":3");
  EXPECT_EQ(l[1].document.text, "second one");
  EXPECT_EQ(l[4].document.id, f + ":8");
  EXPECT_EQ(l[4].document.text, "fifth");
  ReaderOptions paragraphs;
  paragraphs.split = TextSplit::kParagraphs;
  auto p = ReadAll({f}, paragraphs);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].document.text, "first line");
  EXPECT_EQ(p[1].document.id, f + ":3");
  EXPECT_EQ(p[1].document.text, "second one\nthird");
  EXPECT_EQ(p[2].document.id, f + ":7");
  EXPECT_EQ(p[2].document.text, "fourth\nfifth");
  EXPECT_EQ(p[2].document.origin, f + ":7");
}

TEST_F(ReaderTest, SplitOversizeParagraphIsReportedAndTheNextOneRead) {
  const std::string f = Write("big.txt", std::string(40, 'a') + "\n" + std::string(40, 'b') + "\n\nsmall\n");
  ReaderOptions o;
  o.split = TextSplit::kParagraphs;
  o.max_document_bytes = 64;
  auto p = ReadAll({f}, o);
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].status.code(), Status::Code::kResourceExhausted);
  EXPECT_NE(p[0].status.message().find("paragraph is 81 bytes"), std::string::npos) << p[0].status.message();
  EXPECT_TRUE(p[1].status.ok());
  EXPECT_EQ(p[1].document.text, "small");
  EXPECT_EQ(p[1].document.id, f + ":4");
}

TEST_F(ReaderTest, BrokenSymlinksAndFifosInAFolderAreNamedNotSkippedSilently) {
  Write("in/a.txt", "a");
  Write("in/c.txt", "c");
  fs::create_symlink(fs::path(dir_) / "in" / "nowhere", fs::path(dir_) / "in" / "b-link.txt");
  ASSERT_EQ(mkfifo((fs::path(dir_) / "in" / "b-pipe").c_str(), 0600), 0);
  auto all = ReadAll({(fs::path(dir_) / "in").string()});
  ASSERT_EQ(all.size(), 4u);
  EXPECT_TRUE(all[0].status.ok());
  EXPECT_FALSE(all[1].status.ok());
  EXPECT_NE(all[1].status.message().find("b-link.txt: broken symbolic link"), std::string::npos)
      << all[1].status.message();
  EXPECT_FALSE(all[2].status.ok());
  EXPECT_NE(all[2].status.message().find("b-pipe: a FIFO"), std::string::npos) << all[2].status.message();
  EXPECT_TRUE(all[3].status.ok());
}

TEST_F(ReaderTest, BytesReadCountsFileBytes) {
  const std::string content = "{\"id\":1,\"text\":\"x\"}\n{\"id\":2,\"text\":\"y\"}\n";
  const std::string f = Write("two.jsonl", content);
  auto reader = DocumentReader::Open({f});
  ASSERT_TRUE(reader.ok());
  ReadResult r;
  while ((*reader)->Next(&r)) {
  }
  EXPECT_EQ((*reader)->bytes_read(), content.size());
}

TEST_F(ReaderTest, StdinStartingWithABraceIsJsonLinesWithANote) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const std::string data = "\n  {\"id\":\"s1\",\"text\":\"one\"}\n{\"id\":\"s2\",\"text\":\"two\"}\n";
  ASSERT_EQ(write(fds[1], data.data(), data.size()), static_cast<ssize_t>(data.size()));
  close(fds[1]);
  const int saved = dup(0);
  ASSERT_GE(saved, 0);
  ASSERT_EQ(dup2(fds[0], 0), 0);
  close(fds[0]);
  auto all = ReadAll({"-"});
  dup2(saved, 0);
  close(saved);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].document.id, "s1");
  EXPECT_EQ(all[0].document.origin, "<stdin>:2");
  EXPECT_NE(all[0].note.find("read as JSON Lines"), std::string::npos);
  EXPECT_EQ(all[1].document.id, "s2");
  EXPECT_EQ(all[1].note, "");
}

TEST(ReaderOptionsTest, ZeroLimitIsRejected) {
  ReaderOptions opt;
  opt.max_document_bytes = 0;
  EXPECT_FALSE(DocumentReader::Open({"x"}, opt).ok());
}

TEST(JsonLineTest, RejectsWhatJsonRejects) {
  Document d;
  for (const char* bad : {"", "{", "{\"id\":1,}", "{\"id\":01,\"text\":\"a\"}", "{\"id\":1 \"text\":\"a\"}",
                          "{\"id\":1,\"text\":\"a\"} x", "{\"id\":1,\"text\":\"\\ud800\"}",
                          "{\"id\":1,\"text\":\"a\tb\"}", "{\"id\":1,\"text\":\"a\",\"n\":tru}",
                          "{\"id\":1,\"text\":\"a\",\"n\":1.}", "{'id':1}"}) {
    EXPECT_EQ(input::ParseJsonLine(bad, &d).code(), Status::Code::kParseError) << bad;
  }
  std::string deep = "{\"id\":1,\"text\":\"a\",\"n\":" + std::string(100, '[') + std::string(100, ']') + "}";
  EXPECT_EQ(input::ParseJsonLine(deep, &d).code(), Status::Code::kParseError);
  std::string ok_deep = "{\"id\":1,\"text\":\"a\",\"n\":" + std::string(30, '[') + std::string(30, ']') + "}";
  EXPECT_TRUE(input::ParseJsonLine(ok_deep, &d).ok());
}

}  // namespace
}  // namespace parley
