"""The ways to run the portal say the same: the Procfile (make up), the systemd units, the
Dockerfile and compose.yaml run the same commands, every variable they set is one the
settings read and the README explains, and the proxy's configuration compiles.

Docker and Elasticsearch cannot run here: the image and compose.yaml are checked as data.
"""

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from honcho.environ import parse_procfile

ROOT = Path(__file__).resolve().parents[2]
PROCFILE = parse_procfile((ROOT / "Procfile").read_text()).processes
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text())
SYSTEMD = ROOT / "deploy" / "systemd"
README = (ROOT / "README.md").read_text()


def exec_start(unit):
    """The command a unit runs, as the shell would split it."""
    line = re.search(r"^ExecStart=(.+)$", (SYSTEMD / unit).read_text(), re.MULTILINE)[1]
    words = shlex.split(line)
    return words[2] if words[:2] == ["/bin/sh", "-c"] else shlex.join(words)


def dockerfile_command():
    line = re.search(r"^CMD (\[.+\])$", (ROOT / "Dockerfile").read_text(), re.MULTILINE)[1]
    return shlex.join(yaml.safe_load(line))


@pytest.mark.parametrize(
    ("process", "unit"),
    [
        ("release", "portal-release.service"),
        ("web", "portal-web@.service"),
        ("worker", "portal-worker.service"),
        ("scheduler", "portal-scheduler.service"),
    ],
)
def test_each_systemd_unit_runs_its_procfile_command(process, unit):
    assert exec_start(unit) == PROCFILE[process]


def test_compose_runs_the_procfile_processes_with_the_image_command_for_the_app():
    services = COMPOSE["services"]
    assert dockerfile_command() == PROCFILE["web"]
    for name in ("web1", "web2"):
        assert "command" not in services[name]
    assert shlex.join(services["worker"]["command"]) == PROCFILE["worker"]
    assert shlex.join(services["scheduler"]["command"]) == PROCFILE["scheduler"]
    # The release step's migrations (its static files are collected in the image).
    assert shlex.join(services["release"]["command"]) in PROCFILE["release"]
    assert {"postgres", "redis", "elasticsearch", "varnish"} <= set(services)


def settings_variables():
    found = set()
    settings = [
        ROOT / "portal" / "settings" / f"{name}.py" for name in ("base", "engines", "production")
    ]
    for path in [*settings, ROOT / "deploy" / "gunicorn.conf.py"]:
        text = path.read_text()
        found |= set(re.findall(r"""os\.environ(?:\.get|\.setdefault)?\(\s*["'](\w+)["']""", text))
        found |= set(re.findall(r"""_required\(["'](\w+)["']\)""", text))
    return found


def test_every_variable_compose_sets_is_read_by_the_settings_and_explained_in_the_readme():
    environment = COMPOSE["x-portal"]["environment"]
    known = settings_variables()
    for name in environment:
        assert name in known, f"compose sets {name}, which nothing reads"
        assert f"`{name}`" in README, f"the README does not explain {name}"


def test_every_variable_the_settings_read_is_explained_in_the_readme():
    missing = sorted(name for name in settings_variables() if f"`{name}`" not in README)
    assert not missing, f"not in the README: {missing}"


@pytest.mark.parametrize(
    "backends", ["deploy/varnish/backends.vcl", "make up's, written by deploy/up.py"]
)
def test_the_proxy_configuration_compiles(backends, tmp_path):
    from deploy.up import backends_vcl

    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    folder = ROOT / "deploy" / "varnish"
    if backends.startswith("make up"):
        backends_vcl(tmp_path, 18001)
        folder = tmp_path
    result = subprocess.run(
        [
            *(varnishd, "-C", "-n", str(tmp_path / "work")),
            *("-p", f"vcl_path={folder}:{ROOT / 'deploy' / 'varnish'}"),
            *("-f", str(ROOT / "deploy" / "varnish" / "default.vcl")),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "VGC_function_vcl_recv" in result.stdout + result.stderr  # the C it compiles to
