"""Run a command against a throw-away PostgreSQL cluster.

    python -m tests.postgres_cluster pytest ...

If DATABASE_URL is already set, the command runs against that database and
nothing is started. Otherwise a new cluster is created in a temporary folder,
listening only on a free loopback port, and removed when the command ends.
PostgreSQL refuses to run as root, so as root the cluster runs as the
``postgres`` system user that Debian's package creates.
"""

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time


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


def as_cluster_owner(command):
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    if os.environ.get("DATABASE_URL"):
        return subprocess.call(argv)

    bindir = find_bindir()
    if bindir is None:
        print(
            "PostgreSQL is not installed. Install it with: sudo apt-get install postgresql",
            file=sys.stderr,
        )
        return 1

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
        env = dict(os.environ, DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/postgres")
        print(f"Throw-away PostgreSQL on 127.0.0.1:{port}", flush=True)
        return subprocess.call(argv, env=env)
    finally:
        subprocess.run(
            as_cluster_owner([f"{bindir}/pg_ctl", "--pgdata", datadir, "-m", "immediate", "stop"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
