"""`make up`: the production topology on this machine, in one folder, stopped by Ctrl-C.

PostgreSQL and Redis start first (from Debian's packages), then the release step
(migrations, collectstatic) and the demo content with a local admin, and then honcho
runs the Procfile's processes: two gunicorn instances of the portal with production
settings, the task worker, the scheduler, Varnish in front on PORT (default 8080) and
an SMTP server that prints what it receives. Everything listens on 127.0.0.1 only and
keeps its data in UP_DIR (default .up/ in the project): a second `make up` goes on
with the same database, media and secret key.
"""

import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PROCESSES = ["web", "worker", "scheduler", "proxy", "mail"]


def ports():
    proxy = int(os.environ.get("PORT", "8080"))
    return {
        "proxy": proxy,
        "web": int(os.environ.get("UP_WEB_PORT", "8001")),  # web.1 and web.2: 8001, 8002
        "postgres": int(os.environ.get("UP_POSTGRES_PORT", "55432")),
        "redis": int(os.environ.get("UP_REDIS_PORT", "56379")),
        "mail": int(os.environ.get("UP_MAIL_PORT", "1025")),
    }


def say(line):
    print(f"make up: {line}", flush=True)


def answers(port):
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


def wait_for(port, what, process=None, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if answers(port):
            return
        if process is not None and process.poll() is not None:
            break
        time.sleep(0.2)
    raise SystemExit(f"make up: {what} did not start on 127.0.0.1:{port}")


def postgres_bindir():
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if not found:
        raise SystemExit("make up: PostgreSQL is missing: apt-get install postgresql")
    return found[0].parent


def as_owner(command):
    """PostgreSQL refuses to run as root; Debian's package made the postgres user."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Postgres:
    def __init__(self, folder, port):
        self.folder, self.port, self.bindir = folder, port, postgres_bindir()
        self.data = folder / "data"

    def start(self):
        if os.geteuid() == 0:
            self.folder.mkdir(parents=True, exist_ok=True)
            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        if not (self.data / "PG_VERSION").exists():
            say("creating the PostgreSQL cluster")
            subprocess.run(
                as_owner(
                    [
                        *(str(self.bindir / "initdb"), "--pgdata", str(self.data)),
                        *("--username", "postgres", "--auth", "trust"),
                        *("--encoding", "UTF8", "--locale", "C.UTF-8"),
                    ]
                ),
                check=True,
                stdout=subprocess.DEVNULL,
            )
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories="
        subprocess.run(
            as_owner(
                [
                    *(str(self.bindir / "pg_ctl"), "--pgdata", str(self.data)),
                    *("--log", str(self.folder / "server.log"), "-o", options, "-w", "start"),
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        wait_for(self.port, "PostgreSQL")
        exists = subprocess.run(
            [
                *(str(self.bindir / "psql"), "-h", "127.0.0.1", "-p", str(self.port)),
                *("-U", "postgres", "-tAc", "SELECT 1 FROM pg_database WHERE datname='portal'"),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        if not exists:
            subprocess.run(
                [
                    *(str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port)),
                    *("-U", "postgres", "portal"),
                ],
                check=True,
            )
        say(f"PostgreSQL on 127.0.0.1:{self.port}, data in {self.data}")
        return f"postgres://postgres@127.0.0.1:{self.port}/portal"

    def stop(self):
        subprocess.run(
            as_owner(
                [str(self.bindir / "pg_ctl"), "--pgdata", str(self.data), "-m", "fast", "stop"]
            ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


class Redis:
    def __init__(self, folder, port):
        self.folder, self.port, self.process = folder, port, None

    def start(self):
        server = shutil.which("redis-server") or "/usr/bin/redis-server"
        if not os.access(server, os.X_OK):
            raise SystemExit("make up: Redis is missing: apt-get install redis-server")
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [
                *(server, "--bind", "127.0.0.1", "--port", str(self.port)),
                *("--dir", str(self.folder), "--appendonly", "yes", "--save", ""),
                *("--logfile", str(self.folder / "server.log")),
            ],
            stdout=subprocess.DEVNULL,
            # Ctrl-C reaches the whole terminal group; Redis waits for the others to stop.
            start_new_session=True,
        )
        wait_for(self.port, "Redis", self.process)
        say(f"Redis on 127.0.0.1:{self.port}")
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


def secret_key(folder):
    path = folder / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


def backends_vcl(folder, web_port):
    """The two gunicorn instances honcho starts, for deploy/varnish/default.vcl."""
    text = (ROOT / "deploy" / "varnish" / "backends.vcl").read_text()
    text = text.replace('.port = "8001"', f'.port = "{web_port}"')
    text = text.replace('.port = "8002"', f'.port = "{web_port + 1}"')
    (folder / "backends.vcl").write_text(text)


def environment(folder, port, database_url, redis_url):
    base_url = f"http://127.0.0.1:{port['proxy']}"
    return {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PWD": str(ROOT),
        "PYTHONUNBUFFERED": "1",
        "UP_DIR": str(folder),
        "PROXY_PORT": str(port["proxy"]),
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secret_key(folder),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "REDIS_URL": redis_url,
        "TASKS_BACKEND": "database",
        "FRONTEND_CACHE_URL": base_url,
        "WAGTAILADMIN_BASE_URL": base_url,
        "DEFAULT_FROM_EMAIL": "portal@localhost",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port["mail"]),
        "MEDIA_ROOT": str(folder / "media"),
        "STATIC_ROOT": str(folder / "static"),
        # Plain http on loopback: no redirect to https, no HSTS, one proxy in front.
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "TRUSTED_PROXY_HOPS": "1",
        # The local admin signs in with a password only, as with make run.
        "PORTAL_REQUIRE_2FA": "0",
    }


def manage(env, *arguments):
    command = [str(VENV_BIN / "python"), "manage.py", *arguments]
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def release(env):
    """The Procfile's release step, then the demo content (a development app, so with
    the development settings on the same database)."""
    say("migrating and collecting static files")
    manage(env, "migrate", "--noinput", "--verbosity", "0")
    manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    say("loading the demo content (only what is missing)")
    demo_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        # Indexed at once, and nothing to purge: the proxy is not up yet.
        "TASKS_BACKEND": "immediate",
        "FRONTEND_CACHE_URL": "",
    }
    manage(demo_env, "load_demo_content", "--local-admin")


def main():
    folder = Path(os.environ.get("UP_DIR", ROOT / ".up")).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    port = ports()
    for name in ("proxy", "mail"):
        if answers(port[name]):
            raise SystemExit(f"make up: 127.0.0.1:{port[name]} is in use ({name}); set PORT")
    if not shutil.which("varnishd"):
        raise SystemExit("make up: Varnish is missing: apt-get install varnish")
    postgres = Postgres(folder / "postgres", port["postgres"])
    redis = Redis(folder / "redis", port["redis"])
    honcho = None
    # Ctrl-C goes to every process of the terminal; this one waits for honcho to stop
    # the others, then stops Redis and PostgreSQL.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: honcho and honcho.terminate())
    try:
        env = environment(folder, port, postgres.start(), redis.start())
        release(env)
        backends_vcl(folder, port["web"])
        (folder / "varnish").mkdir(exist_ok=True)
        say(
            f"starting {', '.join(PROCESSES)}; the portal is at "
            f"http://127.0.0.1:{port['proxy']}/sv/ (admin at /admin/). Ctrl-C stops it all."
        )
        honcho = subprocess.Popen(
            [
                *(str(VENV_BIN / "honcho"), "start", "--procfile", "Procfile"),
                *("--port", str(port["web"]), "--concurrency", "web=2", *PROCESSES),
            ],
            cwd=ROOT,
            env=env,
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        return honcho.wait()
    finally:
        redis.stop()
        postgres.stop()
        say("stopped")


if __name__ == "__main__":
    sys.exit(main())
