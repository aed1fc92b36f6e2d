#!/usr/bin/env python3
"""The kiosk as systemd sees it: `parkscape kiosk` under xvfb-run with
NOTIFY_SOCKET pointing at a datagram socket this script binds (what a
Type=notify unit with WatchdogSec=4 gives the process). It must send READY=1
once the scene is shown, then WATCHDOG=1 about every 2 s from the render loop
while nobody touches it. Only datagrams from the parkscape process count
(SO_PASSCRED): Xvfb, started by xvfb-run with the same environment, sends its
own READY=1. Usage: kiosk_notify.py PARKSCAPE WORK_DIR"""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

parkscape, work = sys.argv[1], sys.argv[2]


def from_parkscape(anc):
    """The sender's pid from SCM_CREDENTIALS; its name from /proc."""
    for level, kind, data in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
            pid = int.from_bytes(data[0:4], sys.byteorder)
            try:
                return open(f"/proc/{pid}/comm").read().strip() == "parkscape"
            except OSError:
                return False
    return False


if not shutil.which("xvfb-run"):
    print("SKIPPED: xvfb-run not found")
    sys.exit(0)
os.makedirs(work, exist_ok=True)
path = os.path.join(work, "notify.sock")
if os.path.exists(path):
    os.unlink(path)
sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
sock.bind(path)
sock.settimeout(1.0)
env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="4000000")
env.pop("WATCHDOG_PID", None)
log = open(os.path.join(work, "kiosk.log"), "w")
proc = subprocess.Popen(["xvfb-run", "-a", "-s", "-screen 0 1280x720x24", parkscape, "kiosk", "--windowed",
                         "--width", "1280", "--height", "720"], env=env, stdout=log, stderr=subprocess.STDOUT,
                        start_new_session=True)
msgs, ready_at, start = [], None, time.monotonic()
try:
    while time.monotonic() - start < 120:
        if proc.poll() is not None:
            break
        try:
            data, anc, _, _ = sock.recvmsg(4096, socket.CMSG_SPACE(12))
        except socket.timeout:
            continue
        if not from_parkscape(anc):
            continue
        m = data.decode()
        t = time.monotonic() - start
        msgs.append((t, m))
        if m.startswith("READY=1") and ready_at is None:
            ready_at = t
        if ready_at is not None and sum(1 for tt, mm in msgs if mm == "WATCHDOG=1" and tt > ready_at) >= 3:
            break
finally:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    log.close()
for t, m in msgs:
    print(f"{t:7.2f} s  {m.splitlines()[0]}")
if ready_at is None:
    print("FAIL: no READY=1 (kiosk log: %s)" % os.path.join(work, "kiosk.log"))
    print(open(os.path.join(work, "kiosk.log")).read()[-3000:])
    sys.exit(1)
dogs = [t for t, m in msgs if m == "WATCHDOG=1" and t > ready_at]
if len(dogs) < 3:
    print("FAIL: fewer than 3 WATCHDOG=1 after READY=1")
    sys.exit(1)
gaps = [b - a for a, b in zip(dogs, dogs[1:])]
print(f"READY=1 after {ready_at:.2f} s; WATCHDOG=1 gaps {', '.join(f'{g:.2f}' for g in gaps)} s (interval 2 s)")
if max(gaps) > 3.5:  # the unit would kill it at 4 s
    print("FAIL: a watchdog gap near the 4 s limit")
    sys.exit(1)
