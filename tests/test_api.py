"""The public API: clean, clean_document, Cleaner, rules, configuration and user rules."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

import cleaner
from cleaner import Cleaner, ConfigError, Rule, clean, clean_document
from cleaner.registry import RULES, resolve

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "text"
SEED = (SAMPLES / "seed-news-id.txt").read_text("utf-8")


def test_seed_page_result() -> None:
    result = clean_document(SEED)
    paragraphs = result.text.split("\n\n")
    assert paragraphs[0] == "EU, US police cripple Daesh media mouthpieces"
    assert len(paragraphs) == 15
    assert result.title == "EU, US police cripple Daesh media mouthpieces"
    assert result.metadata["date"] == "2018-04-27T12:09:00+00:00"
    assert result.metadata["news_id"] == "214030"
    assert result.page_type == "article" and result.language == "en"
    assert {r.rule for r in result.removed} == {"MD03", "MD01", "DU01", "CP01", "FT01"}
    assert all(r.reason and r.lines[0] >= 1 for r in result.removed)
    assert result.counts()["CP01"] == 2


def test_author_after_the_date() -> None:
    page = (SAMPLES / "en-garden-blog-php-warnings.txt").read_text("utf-8")
    result = clean_document(page)
    assert result.metadata["author"] == "Margaret Hollis" and result.metadata["date"] == "2025-08-29"
    assert result.counts()["FT04"] == 2 and result.counts()["MD08"] == 2


@pytest.mark.parametrize("bad", [None, 42, ["text"], {"text": "x"}])
def test_non_text_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="str"):
        clean(bad)  # type: ignore[arg-type]


def test_bytes_are_decoded() -> None:
    assert clean(SEED.encode("utf-8")) == clean(SEED)


def test_empty_and_blank_input() -> None:
    assert clean("") == ""
    assert clean("\n \n\t\n") == ""


def test_unknown_option_and_selector_are_errors() -> None:
    with pytest.raises(TypeError, match="unknown option"):
        Cleaner(colour="red")
    with pytest.raises(ValueError, match="unknown rule selector"):
        Cleaner(select=["ZZ99"])


def test_select_ignore_by_code_prefix_name_all() -> None:
    every = {c.code for c in resolve(select=["ALL"])}
    assert every == set(RULES)
    assert {c.code for c in resolve(select=["CP"])} == {"CP01"}
    assert {c.code for c in resolve(select=["captcha-prompt"])} == {"CP01"}
    assert "CP01" not in {c.code for c in resolve(ignore=["CP01"])}
    assert "CP01" not in clean_document(SEED, ignore=["CP"]).counts()


def test_cleaner_pickles_as_its_config() -> None:
    c = Cleaner(ignore=["NV07"], language="en")
    again = pickle.loads(pickle.dumps(c))
    assert again.config == c.config
    assert again.clean(SEED) == c.clean(SEED)


def test_rules_listing() -> None:
    infos = cleaner.rules()
    assert [i.code for i in infos] == sorted(RULES)
    assert all(i.description and i.name for i in infos)


def test_user_pattern_rule_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleaner]\nignore = ["NV07"]\n\n[[tool.cleaner.patterns]]\ncode = "US01"\nname = "spring-sale"\n'
        'phrases = ["Spring sale"]\nmax-words = 6\n',
        "utf-8",
    )
    c = Cleaner(config_file=tmp_path / "pyproject.toml")
    result = c.clean_document(SEED.replace("Security Key:", "Spring sale: 20% off"))
    assert any(r.rule == "US01" and "Spring sale" in r.reason for r in result.removed)


def test_bad_config_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cleaner.toml"
    path.write_text('[[patterns]]\ncode = "US01"\nname = "x"\nregex = "(unclosed"\n', "utf-8")
    with pytest.raises(ConfigError, match="US01"):
        Cleaner(config_file=path)
    path.write_text("select = [", "utf-8")
    with pytest.raises(ConfigError, match="cleaner.toml"):
        Cleaner(config_file=path)


def test_user_pattern_timeout_is_reported_with_its_code() -> None:
    patterns = [{"code": "US02", "name": "slow", "regex": r"(a|aa)+$", "max-words": 1000}]
    result = clean_document("a" * 40 + "!\n" + SEED, patterns=patterns)
    assert any("US02" in w for w in result.metadata.get("warnings", []))


def test_python_rule_registered_by_a_user() -> None:
    class Webinar(Rule):
        """Webinar invitations.

        Why: our sites append them. False positives: none known.
        """

        code = "XW01"
        name = "webinar"
        max_words = 15
        pattern = re.compile(r"\bwebinar\b", re.I)

        def check(self, block, page):  # noqa: ANN001, ANN201
            return "webinar invitation"

    cleaner.register(Webinar)
    try:
        page = SEED.replace("Captcha refresh", "Register for our free webinar")
        assert "webinar" not in clean(page, extend_select=["XW01"])
    finally:
        RULES.pop("XW01")


def test_keep_comments_keeps_a_comment_section() -> None:
    page = "\n".join(
        [
            "Police in eight countries took servers offline this week, the agency said on Friday in a statement.",
            "The operation was the third in a series, and more arrests could follow, the head of Europol said.",
            "Europol began warning about the rise of the network in late 2015, stressing its technical resilience.",
            "The network had used the servers to spread its message in several languages for more than three years.",
            "3 Comments",
            "Great news, finally someone acts against these people and their servers, and about time too.",
        ]
    )
    assert "Great news" not in clean(page)
    assert "Great news" in clean(page, keep_comments=True)
