"""What the Python real-client tests share: `switchyard serve` started on a
free port, and checks that print `ok`/`FAIL` lines and a summary."""
import subprocess
import sys


def serve(binary, seed):
    """Starts `switchyard serve`; returns (process, port)."""
    server = subprocess.Popen(
        [binary, "serve", "--port", "0", "--seed", str(seed)], stdout=subprocess.PIPE, text=True
    )
    line = server.stdout.readline()
    return server, line.split("127.0.0.1:")[1].split()[0]


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, name, want, got):
        if want == got:
            self.passed += 1
            print(f"ok   {name}")
        else:
            self.failed += 1
            print(f"FAIL {name}: wanted {want!r}, got {got!r}")

    def finish(self):
        print(f"{self.passed} passed, {self.failed} failed")
        sys.exit(1 if self.failed else 0)
