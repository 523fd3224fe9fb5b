"""Run a command against a throw-away PostgreSQL cluster and a throw-away Redis.

    python -m tests.services pytest ...
    python -m tests.services --build-test-database pytest ...

The second also starts building the suite's test database as soon as PostgreSQL is up
(tests/database_build.py), while pytest starts: for a run of the whole suite.

If DATABASE_URL is already set, the command runs against that database and no
cluster is started; likewise REDIS_URL (the tests empty that Redis before each
test: never point it at one in use). Otherwise each service is started in a
temporary folder, listening only on a free loopback port, and removed when the
command ends. PostgreSQL refuses to run as root, so as root the cluster runs as
the ``postgres`` system user that Debian's package creates.
"""

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from urllib.parse import quote


def find_bindir():
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return os.path.dirname(candidates[0])
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(settings_dict):
    """The address of a Django database, for a process of its own (a server under test)."""
    credentials = quote(settings_dict["USER"] or "", safe="")
    if settings_dict["PASSWORD"]:
        credentials += ":" + quote(settings_dict["PASSWORD"], safe="")
    host = quote(settings_dict["HOST"] or "localhost", safe="")  # a socket's folder has slashes
    port = settings_dict["PORT"] or 5432
    return f"postgres://{credentials}@{host}:{port}/{settings_dict['NAME']}"


def as_cluster_owner(command):
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


class Unavailable(Exception):
    """A service the command needs is not installed."""


@contextlib.contextmanager
def postgres():
    """Yields the DATABASE_URL of a new cluster."""
    bindir = find_bindir()
    if bindir is None:
        raise Unavailable(
            "PostgreSQL is not installed. Install it with: sudo apt-get install postgresql"
        )

    workdir = tempfile.mkdtemp(prefix="portal-pg-")
    datadir = os.path.join(workdir, "data")
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(workdir, owner.pw_uid, owner.pw_gid)
    port = free_port()
    log = os.path.join(workdir, "server.log")
    try:
        subprocess.run(
            as_cluster_owner(
                [
                    f"{bindir}/initdb",
                    "--pgdata",
                    datadir,
                    "--username",
                    "postgres",
                    "--auth",
                    "trust",
                    "--encoding",
                    "UTF8",
                    "--locale",
                    "C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        # fsync off: this cluster lives for one test run and is thrown away.
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {workdir} -c fsync=off"
        options += " -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            as_cluster_owner(
                [
                    f"{bindir}/pg_ctl",
                    "--pgdata",
                    datadir,
                    "--log",
                    log,
                    "-o",
                    options,
                    "-w",
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for _attempt in range(50):
            ready = subprocess.run(
                [f"{bindir}/pg_isready", "-h", "127.0.0.1", "-p", str(port)],
                stdout=subprocess.DEVNULL,
            )
            if ready.returncode == 0:
                break
            time.sleep(0.2)
        print(f"Throw-away PostgreSQL on 127.0.0.1:{port} and in {workdir}", flush=True)
        # The tests talk to it through its Unix socket: each of the hundred thousand
        # statements that build the demo content costs less there than over TCP.
        yield f"postgres://postgres@{quote(workdir, safe='')}:{port}/postgres"
    finally:
        subprocess.run(
            as_cluster_owner([f"{bindir}/pg_ctl", "--pgdata", datadir, "-m", "immediate", "stop"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(workdir, ignore_errors=True)


def redis_answers(port):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@contextlib.contextmanager
def redis():
    """Yields the REDIS_URL of a new redis-server that keeps nothing on disk."""
    server = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not os.access(server, os.X_OK):
        raise Unavailable(
            "Redis is not installed. Install it with: sudo apt-get install redis-server"
        )

    workdir = tempfile.mkdtemp(prefix="portal-redis-")
    port = free_port()
    process = subprocess.Popen(
        [
            server,
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--dir",
            workdir,
            "--save",
            "",
            "--appendonly",
            "no",
            "--logfile",
            os.path.join(workdir, "server.log"),
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        for _attempt in range(50):
            if process.poll() is not None:
                raise Unavailable(f"redis-server exited with {process.returncode}")
            if redis_answers(port):
                break
            time.sleep(0.1)
        print(f"Throw-away Redis on 127.0.0.1:{port}", flush=True)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv):
    build_early = argv[:1] == ["--build-test-database"]
    argv = argv[1:] if build_early else argv
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    env = dict(os.environ)
    try:
        with contextlib.ExitStack() as services:
            if not env.get("DATABASE_URL"):
                env["DATABASE_URL"] = services.enter_context(postgres())
            if not env.get("REDIS_URL"):
                env["REDIS_URL"] = services.enter_context(redis())
            starter = None
            if build_early:
                # It returns once the build is under way; pytest starts meanwhile.
                command = [sys.executable, "-m", "tests.database_build", "--start"]
                starter = subprocess.Popen(command, env=env)
            try:
                return subprocess.call(argv, env=env)
            finally:
                if starter is not None:
                    starter.wait()
    except Unavailable as problem:
        print(problem, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
