"""The example notebook runs from top to bottom: ingest, saved queries, DataFrames, plots and the visual graph."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.model

NOTEBOOK = ROOT / "examples" / "explore.ipynb"


def test_explore_notebook_executes() -> None:
    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        pytest.fail("no python3 kernel: run python -m ipykernel install --user")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb, kernel_name="python3", timeout=90, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    data = [o.get("data", {}) for o in outputs]
    assert sum("image/png" in d for d in data) == 2  # the heatmap and the timeline
    assert any("<iframe srcdoc=" in d.get("text/html", "") for d in data)  # the visual graph, inline
    tables = [d["text/html"] for d in data if "<table" in d.get("text/html", "")]
    assert len(tables) >= 8
    assert any("Hüseyin Cahit Erdemir" in t for t in tables)
    assert "(14," in data[0].get("text/plain", "")  # 14 articles added
