"""The production topology on loopback, for the tests: the Procfile's processes, run as
`make up` runs them (deploy/up.py), against the test database and a Redis of their own.

Each process is started from its Procfile line, in a session of its own (so that a test
can stop or kill one instance with everything it forked), and logs to a file in the
topology's folder; a process that does not come up fails the test with its log.
"""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from honcho.environ import parse_procfile

from deploy.up import answers, backends_vcl
from tests.mail_server import free_ports

ROOT = Path(__file__).resolve().parent.parent


def production_env(database_url, **changes):
    """Production settings as make up gives them, on the given database."""
    return {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "topology-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "DEFAULT_FROM_EMAIL": "portal@example.com",
        "TASKS_BACKEND": "database",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "TRUSTED_PROXY_HOPS": "1",
        "PORTAL_REQUIRE_2FA": "0",
        **changes,
    }


class Topology:
    def __init__(self, folder, env):
        self.folder = Path(folder)
        self.commands = {
            name: command
            for name, command in parse_procfile((ROOT / "Procfile").read_text()).processes.items()
        }
        web, _web2, self.proxy_port, self.mail_port, self.redis_port = free_ports(5)
        # make up starts Redis before honcho, outside the Procfile; so does this.
        self.commands["redis"] = (
            f"redis-server --bind 127.0.0.1 --port {self.redis_port} --save '' "
            f"--appendonly no --dir {self.folder}"
        )
        self.web_ports = {"web.1": web, "web.2": web + 1}
        self.base_url = f"http://127.0.0.1:{self.proxy_port}"
        self.env = {
            **os.environ,
            **env,
            # The Procfile names python, gunicorn …: the project's environment first.
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "PWD": str(ROOT),
            "PYTHONUNBUFFERED": "1",
            "UP_DIR": str(self.folder),
            "PROXY_PORT": str(self.proxy_port),
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.mail_port),
            "FRONTEND_CACHE_URL": self.base_url,
            "WAGTAILADMIN_BASE_URL": self.base_url,
            "STATIC_ROOT": str(self.folder / "static"),
            "MEDIA_ROOT": str(self.folder / "media"),
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
        }
        self.processes = {}
        (self.folder / "varnish").mkdir(parents=True, exist_ok=True)
        backends_vcl(self.folder, web)

    def log(self, name):
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def release(self):
        """collectstatic (production keeps a manifest of hashed names); the test database
        is migrated already."""
        subprocess.run(
            ["sh", "-c", "exec python manage.py collectstatic --noinput --verbosity 0"],
            cwd=ROOT,
            env=self.env,
            check=True,
        )

    def port_of(self, name):
        if name in self.web_ports:
            return self.web_ports[name]
        return {"proxy": self.proxy_port, "mail": self.mail_port, "redis": self.redis_port}.get(
            name
        )

    def start(self, name):
        kind = name.split(".")[0]
        env = dict(self.env)
        if name in self.web_ports:
            env["PORT"] = str(self.web_ports[name])
        with open(self.folder / f"{name}.log", "a") as output:
            self.processes[name] = subprocess.Popen(
                ["sh", "-c", f"exec {self.commands[kind]}"],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_until_up(self, names, seconds=90):
        deadline = time.monotonic() + seconds
        for name in names:
            port = self.port_of(name)
            while port is not None and not answers(port):
                process = self.processes[name]
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"{name} did not start:\n{self.log(name)[-3000:]}")
                time.sleep(0.1)

    def stop(self, name, sig=signal.SIGTERM):
        """Stop ``name`` and whatever it forked (SIGKILL: without a chance to finish)."""
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def stop_all(self):
        """Stop every process at once, then wait for each."""
        processes = list(self.processes.values())
        self.processes.clear()
        for process in processes:
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
