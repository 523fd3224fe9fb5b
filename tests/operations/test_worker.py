"""The task worker leaves when it cannot work, so that its supervisor starts it again."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_worker_whose_database_is_gone_exits_with_an_error():
    # Port 1 on this machine: nothing listens, the first look for tasks fails.
    env = dict(os.environ, DATABASE_URL="postgres://postgres@127.0.0.1:1/portal")
    result = subprocess.run(
        [sys.executable, "manage.py", "run_worker", "--interval", "0.1"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 1
    assert "A task loop stopped on an error; the worker exits." in result.stderr
