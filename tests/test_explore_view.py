"""The visual graph: one offline HTML page, tested in headless Chromium (the real browser, driven by selenium)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from officialdom import KnowledgeGraph
from officialdom.cli import app
from officialdom.graph.analytics import entity_graph
from officialdom.graph.view import GraphView, graph_view
from tests.test_explore_queries import explore_records

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_all(explore_records())
    return graph


@pytest.fixture(scope="module")
def page(kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return graph_view(kg, title="Kenya & Ethiopia <test>").save(tmp_path_factory.mktemp("view") / "graph.html")


def test_the_page_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=\"(?!data:)", html)
    assert "@import" not in html and "url(http" not in html
    assert "<title>Kenya &amp; Ethiopia &lt;test&gt;</title>" in html
    assert html.count("</script>") == 2  # the data cannot close its script element


def test_notebook_display(kg: KnowledgeGraph) -> None:
    view = kg.view()
    assert isinstance(view, GraphView)
    frame = view._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in frame
    assert "<script>" not in frame  # the page is escaped inside the attribute
    assert repr(view) == f"<GraphView: {view.nodes} nodes, {view.edges} links>"


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.skip(f"Chromium is not installed ({CHROMIUM}, {CHROMEDRIVER}): apt-get install chromium chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,900",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _click_at(driver: Any, point: dict[str, float]) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    body = driver.find_element("tag name", "body")
    size = body.size
    # offsets are from the centre of the body element
    ActionChains(driver).move_to_element_with_offset(
        body, int(point["x"] - size["width"] / 2), int(point["y"] - size["height"] / 2)
    ).click().perform()


def test_page_in_chromium(browser: Any, page: Path, kg: KnowledgeGraph) -> None:
    from selenium.webdriver.common.by import By

    browser.get(page.as_uri())
    assert browser.execute_script("return document.body.dataset.ready") == "1"
    severe = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert severe == []
    g = entity_graph(kg)
    count = browser.find_element(By.ID, "count")
    assert count.get_attribute("data-nodes") == str(g.number_of_nodes())
    assert count.text.startswith(f"{g.number_of_nodes()} of {g.number_of_nodes()} nodes")

    # a real click on a node shows its facts and evidence sentences
    kimani = browser.execute_script("return window.officialdomView.find('Grace Kimani')")
    browser.execute_script("window.officialdomView.centerOn(arguments[0])", kimani)
    _click_at(browser, browser.execute_script("return window.officialdomView.screenPosition(arguments[0])", kimani))
    assert browser.find_element(By.CSS_SELECTOR, "#details .title").text == "Grace Kimani"
    facts = browser.find_element(By.ID, "facts").text
    assert "Cabinet Secretary for Foreign Affairs" in facts and "Kenya" in facts
    sentences = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#evidence blockquote.sentence")]
    assert any("Cabinet Secretary Grace Kimani met Ethiopian Foreign Minister" in s for s in sentences)

    # a click on a link (the host of the Nairobi meeting) shows the meeting's evidence
    index = browser.execute_script(
        "var k = arguments[0], d = JSON.parse(document.getElementById('graph-data').textContent);"
        "return d.edges.findIndex(function (e) { return e.relation === 'host' && e.target === k; });",
        kimani,
    )
    assert index >= 0
    browser.execute_script("window.officialdomView.centerOn(arguments[0])", kimani)
    _click_at(browser, browser.execute_script("return window.officialdomView.edgeMidpoint(arguments[0])", index))
    assert browser.find_element(By.CSS_SELECTOR, "#details .type").text == "link: host"
    evidence = browser.find_element(By.ID, "evidence").text
    assert "met Ethiopian Foreign Minister Tesfaye Alemu in Nairobi" in evidence

    # filters: by type, by country, by date range
    people = sum(1 for _, d in g.nodes(data=True) if d["type"] == "Person")
    browser.find_element(By.CSS_SELECTOR, "#types input[value='Person']").click()
    assert count.get_attribute("data-nodes") == str(g.number_of_nodes() - people)
    browser.find_element(By.CSS_SELECTOR, "#types input[value='Person']").click()
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element(By.ID, "country")).select_by_value("Ireland")
    ireland = sum(1 for _, d in g.nodes(data=True) if "Ireland" in d["countries"])
    assert count.get_attribute("data-nodes") == str(ireland)
    Select(browser.find_element(By.ID, "country")).select_by_value("")
    browser.execute_script(
        "var f = document.getElementById('from'); f.value = '2023-07-01'; f.dispatchEvent(new Event('change'));"
    )
    early = sum(1 for _, d in g.nodes(data=True) if (d.get("date") or d.get("published") or "9999") < "2023-07-01")
    assert count.get_attribute("data-nodes") == str(g.number_of_nodes() - early)
    # search highlights and Enter selects
    search = browser.find_element(By.ID, "search")
    search.send_keys("o'neil\n")
    assert browser.find_element(By.CSS_SELECTOR, "#details .title").text == "Seán O'Neil"
    assert [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "ERROR")] == []


def test_cli_view(kg: KnowledgeGraph, tmp_path: Path) -> None:
    source = tmp_path / "graph.trig"
    kg.serialize("trig", source)
    result = CliRunner().invoke(app, ["view", str(source), "-o", str(tmp_path / "g.html"), "--title", "Mine"])
    assert result.exit_code == 0, result.stderr
    n = entity_graph(kg).number_of_nodes()
    assert f"{n} nodes" in result.stderr
    assert "<title>Mine</title>" in (tmp_path / "g.html").read_text(encoding="utf-8")
