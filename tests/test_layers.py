"""Imports run one way: somos <- campaigns <- stories <- moderation <- demo.

An app may import only the apps to its left. somos/ is plumbing that imports no app, except
somos/urls.py, the composition root. Nothing imports demo/.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["somos", "campaigns", "stories", "moderation", "demo"]
COMPOSITION_ROOT = "somos/urls.py"

# (importing module, imported module): the only imports allowed against the direction.
SANCTIONED = {
    # A story is screened inside the transaction that stores it, so no story is ever stored
    # unscreened, even for a moment: submission calls the screening that moderation owns.
    ("stories/submission.py", "moderation.screening"): "screened in the storing transaction",
}


def modules():
    for layer in LAYERS:
        yield from sorted((ROOT / layer).rglob("*.py"))


def imported_names(path):
    """Every absolute module name the file imports, at any depth of its code."""
    return names_in(path.read_text())


def names_in(source):
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def layer_violations():
    found = []
    for path in modules():
        relative = path.relative_to(ROOT).as_posix()
        own = LAYERS.index(relative.split("/")[0])
        for name in imported_names(path):
            top = name.split(".")[0]
            if top not in LAYERS:
                continue
            if relative == COMPOSITION_ROOT:
                allowed = top != "demo"
            else:
                allowed = LAYERS.index(top) <= own
            if not allowed and (relative, name) not in SANCTIONED:
                found.append(f"{relative} imports {name}")
    return found


def test_every_import_runs_towards_the_lower_layers():
    assert layer_violations() == []


def test_the_sanctioned_exception_is_still_needed():
    # An exception nobody uses any more would silently allow the next one.
    for module, name in SANCTIONED:
        assert name in set(imported_names(ROOT / module)), f"{module} no longer imports {name}"


def test_somos_imports_apps_only_in_its_url_root():
    for path in (ROOT / "somos").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative == COMPOSITION_ROOT:
            continue
        apps = {name for name in imported_names(path) if name.split(".")[0] in LAYERS[1:]}
        assert apps == set(), f"{relative} imports {apps}"


def test_nothing_outside_demo_imports_it():
    for path in [*modules(), *(ROOT / "tests").rglob("*.py"), *(ROOT / "bench").rglob("*.py")]:
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith(("demo/", "tests/")):
            continue
        assert not any(n.split(".")[0] == "demo" for n in imported_names(path)), relative


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("campaigns/example.py", "from stories.models import Story\n"),
        ("stories/example.py", "def f():\n    import moderation.decisions\n"),
        ("somos/example.py", "from campaigns import models\n"),
        ("moderation/example.py", "from demo.campaigns import load_campaigns\n"),
    ],
)
def test_an_import_against_the_direction_is_caught(tmp_path, monkeypatch, module, source):
    fake_root = tmp_path
    for layer in LAYERS:
        (fake_root / layer).mkdir()
    (fake_root / module).write_text(source)
    monkeypatch.setattr(f"{__name__}.ROOT", fake_root)
    assert layer_violations() == [f"{module} imports {next(names_in(source))}"]
