"""Which app may import which (README, "Layout"): no import cycles, no app importing a
higher one, nothing importing the demo content.

Every import counts, also one inside a function: moving an import into a function
hides a cycle from Python, not from the reader.
"""

import ast
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Lowest first. An app may import the apps of the layers below its own. The subjects
# (events, guides, courses) share with each other only what a subject offers in its
# `queries` module; anything else two of them need moves down.
LAYERS = [
    ["core"],
    [
        "calendars",
        "printing",
        "outbox",
        "accounts",
        "submissions",
        "taxonomy",
        "operations",
        "offline",
    ],
    ["contacts"],
    ["events", "guides", "courses"],
    ["home", "search", "editorial", "api"],
    # The way from forum to course, and a forum's preparation: gathers from every subject
    # and from search.
    ["pathways"],
    ["portal"],
    ["demo"],
    # make up's runner and the servers' configuration: imports no app, and only tests and
    # benchmarks import it.
    ["deploy"],
]
SUBJECTS = {"events", "guides", "courses"}
LAYER = {app: number for number, apps in enumerate(LAYERS) for app in apps}
# What belongs to the demo content, by name: it lives in the demo app, never in another.
DEMO_NAMES = re.compile(r"^(demo|demo_\w+|load_demo_content|create_local_admin)$")


def app_of(module):
    return module.split(".")[0]


def project_modules():
    """Module name -> path, for every Python file of the apps (migrations left out)."""
    found = {}
    for app in LAYER:
        folder = ROOT / app
        if not folder.is_dir():
            continue
        for path in folder.rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def imported_names(module, path):
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module
            yield name
            # `from app import module` imports that module.
            yield from (f"{name}.{alias.name}" for alias in node.names)


@cache
def import_graph():
    modules = project_modules()

    def resolve(name):
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph = defaultdict(set)
    for module, path in modules.items():
        for name in imported_names(module, path):
            target = resolve(name)
            if target and target != module and not module.startswith(f"{target}."):
                graph[module].add(target)
                graph[module] |= packages_run_first(module, target, modules)
    return modules, graph


def packages_run_first(module, target, modules):
    """The packages whose ``__init__`` Python runs before ``target`` when ``module``
    imports it: every package around ``target`` that ``module`` is not inside (inside,
    the package is already being run)."""
    parts = target.split(".")
    enclosing = (".".join(parts[:end]) for end in range(1, len(parts)))
    return {
        package
        for package in enclosing
        if package in modules and package != module and not module.startswith(f"{package}.")
    }


def cycles(modules, graph):
    """Groups of modules that import each other, directly or around a loop (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in sorted(graph[module]):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def allowed(source, target):
    source_app, target_app = app_of(source), app_of(target)
    if source_app == target_app:
        return True
    if LAYER[target_app] < LAYER[source_app]:
        return True
    # A sibling's queries module, and the app's __init__ Python runs before it.
    return (
        source_app in SUBJECTS
        and target_app in SUBJECTS
        and target.split(".")[1:2] in (["queries"], [])
    )


def test_no_module_is_part_of_an_import_cycle():
    modules, graph = import_graph()

    assert cycles(modules, graph) == []


def test_no_app_imports_a_higher_one_or_a_siblings_internals():
    _modules, graph = import_graph()
    wrong = sorted(
        f"{source} imports {target}"
        for source, targets in graph.items()
        for target in targets
        if not allowed(source, target)
    )

    assert wrong == []


def test_every_app_has_its_place_in_the_order():
    apps = {path.parent.name for path in ROOT.glob("*/__init__.py")} - {"tests", "bench"}

    assert apps <= set(LAYER), f"add {sorted(apps - set(LAYER))} to LAYERS"


def test_the_check_sees_a_cycle_and_an_upward_import():
    """The check itself: a made-up graph with a loop and a wrong-way import."""
    graph = defaultdict(set, {"core.a": {"core.b"}, "core.b": {"core.a"}})

    assert cycles({"core.a", "core.b"}, graph) == [["core.a", "core.b"]]
    # A module beside a package that imports one of its modules runs the package's
    # __init__ first, and that __init__ may import the module back.
    modules = {"events", "events.models", "events.models.forums", "events.labels"}
    assert packages_run_first("events.labels", "events.models.forums", modules) == {"events.models"}
    assert packages_run_first("guides.blocks", "events.models.forums", modules) == {
        "events",
        "events.models",
    }
    assert packages_run_first("events.models.forums", "events.models.index", modules) == set()
    assert cycles(
        {"events.models", "events.models.forums", "events.labels"},
        defaultdict(
            set,
            {
                "events.models": {"events.models.forums"},
                "events.models.forums": {"events.labels"},
                "events.labels": {"events.models.associations", "events.models"},
            },
        ),
    ) == [["events.labels", "events.models", "events.models.forums"]]
    assert not allowed("core.models", "events.models")
    assert not allowed("guides.blocks", "events.models")
    assert allowed("guides.blocks", "events.queries")
    assert not allowed("events.models", "demo.loader")
    assert not allowed("portal.urls", "demo.builders.home")
    assert allowed("demo.builders.guides", "guides.models")
    assert DEMO_NAMES.match("demo_translations") and not DEMO_NAMES.match("democracy")


def test_the_demo_content_and_its_commands_live_in_the_demo_app_only():
    strays = sorted(
        str(path.relative_to(ROOT))
        for app in LAYER
        if app != "demo" and (ROOT / app).is_dir()
        for path in (ROOT / app).rglob("*")
        if "__pycache__" not in path.parts and DEMO_NAMES.match(path.name.split(".")[0])
    )

    assert strays == []
