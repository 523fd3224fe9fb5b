"""Work forked into processes, one per item, on PostgreSQL: the demo build translates
into each language in a process of its own, and updates the two indexes side by side."""

import json
import os

from django.db import connection, connections


def can_fork(items) -> bool:
    """Whether each of ``items`` (languages, say) can be done in a process of its own: on
    PostgreSQL, with cores to spare, and not inside a transaction that the processes
    could not see. SQLite (``make run``) takes one writer at a time."""
    return (
        len(items) > 1
        and (os.cpu_count() or 1) > 1
        and hasattr(os, "fork")
        and connection.vendor == "postgresql"
        and not connection.in_atomic_block
    )


class Processes:
    """Forked processes doing ``work`` on one item each (start_processes)."""

    def __init__(self, children, error_class):
        self.children, self.error_class = children, error_class

    def wait(self) -> int:
        """The sum of what each process's work returned, once all have ended; a failure
        in any is raised as ``error_class`` with its message."""
        total, errors = 0, []
        for pid, read in self.children:
            with os.fdopen(read) as pipe:
                text = pipe.read()
            _pid, status = os.waitpid(pid, 0)
            answer = json.loads(text) if text else {}
            if status == 0 and "count" in answer:
                total += answer["count"]
            else:
                errors.append(answer.get("error") or f"process {pid} ended with status {status}")
        if errors:
            raise self.error_class("\n".join(errors))
        return total


def start_processes(work, items, error_class) -> Processes:
    """``work(item)`` for each of ``items``, each in a forked process; wait() for them.

    Processes that translate into different languages make pages under different
    parents, so none waits on another's rows: on two cores the demo is built in two
    thirds of the time.
    """
    connections.close_all()  # each process opens its own
    children = []
    for item in items:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover (the child ends with os._exit)
            os.close(read)
            status, answer = 1, {}
            try:
                answer = {"count": work(item)}
                status = 0
            except BaseException as error:
                answer = {"error": str(error) or repr(error)}
            finally:
                with os.fdopen(write, "w") as pipe:
                    json.dump(answer, pipe)
                connections.close_all()
                os._exit(status)
        os.close(write)
        children.append((pid, read))
    return Processes(children, error_class)


def in_processes(work, items, error_class) -> int:
    """The sum of ``work(item)`` for each of ``items``, each in a forked process."""
    return start_processes(work, items, error_class).wait()
