#!/usr/bin/env python3
"""Library sync through a real Syncthing (issue 34): two Syncthing instances with homes of their
own on 127.0.0.1 (no global discovery, relays, NAT or local announcements: nothing leaves this
machine) keep two folders in step; two Paperboy data dirs use one folder each. Both change the
library, `userdata sync` runs on both until Syncthing has carried the logs across, and then the
`userdata export` of both must be equal. Syncthing decides order and timing; nothing is assumed.

Usage: syncthing_two_folders.py PAPERBOY_EXE FIXTURE_DIR
Exit 0 when the libraries converge, 1 when not (within the time limit), 77 without syncthing.
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Syncthing:
    def __init__(self, root, name):
        self.home = os.path.join(root, "st-" + name)
        self.folder = os.path.join(root, "folder-" + name)
        os.makedirs(self.folder)
        self.gui_port, self.listen_port = free_port(), free_port()
        subprocess.run(["syncthing", "generate", "--home=" + self.home, "--no-default-folder"],
                       check=True, capture_output=True)
        config = os.path.join(self.home, "config.xml")
        tree = ET.parse(config)
        root_el = tree.getroot()
        self.device_id = root_el.find("device").get("id")
        self.api_key = root_el.find("gui/apikey").text
        options = root_el.find("options")
        settings = {"listenAddress": "tcp://127.0.0.1:%d" % self.listen_port,
                    "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
                    "relaysEnabled": "false", "natEnabled": "false", "urAccepted": "-1",
                    "autoUpgradeIntervalH": "0", "crashReportingEnabled": "false",
                    "startBrowser": "false"}
        for key, value in settings.items():
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        root_el.find("gui/address").text = "127.0.0.1:%d" % self.gui_port
        tree.write(config)
        env = dict(os.environ, STNOUPGRADE="1", STNODEFAULTFOLDER="1")
        self.log = open(os.path.join(root, "st-%s.log" % name), "w")
        self.process = subprocess.Popen(
            ["syncthing", "serve", "--home=" + self.home, "--no-browser", "--no-restart",
             "--no-upgrade", "--skip-port-probing"],
            stdout=self.log, stderr=subprocess.STDOUT, env=env)

    def rest(self, method, path, body=None):
        request = urllib.request.Request(
            "http://127.0.0.1:%d%s" % (self.gui_port, path), method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
            return json.loads(text) if text else None

    def wait_up(self):
        for _ in range(100):
            try:
                self.rest("GET", "/rest/system/ping")
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("syncthing did not start: see " + self.log.name)

    def pair(self, other):
        self.rest("POST", "/rest/config/devices", {
            "deviceID": other.device_id, "name": "other",
            "addresses": ["tcp://127.0.0.1:%d" % other.listen_port]})
        self.rest("POST", "/rest/config/folders", {
            "id": "paperboy-library", "label": "Paperboy", "path": self.folder,
            "type": "sendreceive", "rescanIntervalS": 1, "fsWatcherEnabled": True,
            "fsWatcherDelayS": 1,
            "devices": [{"deviceID": self.device_id}, {"deviceID": other.device_id}]})

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def main():
    if shutil.which("syncthing") is None:
        print("syncthing is not installed")
        return 77
    exe, fixture = sys.argv[1], sys.argv[2]
    root = tempfile.mkdtemp(prefix="paperboy-syncthing-")
    one, two = Syncthing(root, "one"), Syncthing(root, "two")
    try:
        one.wait_up()
        two.wait_up()
        one.pair(two)
        two.pair(one)

        def paperboy(machine, *args):
            data = os.path.join(root, "data-" + machine)
            result = subprocess.run([exe, "--data-dir", data, *args], capture_output=True,
                                    text=True, timeout=60)
            if result.returncode != 0:
                raise RuntimeError("%s %s: %s" % (machine, " ".join(args), result.stderr))
            return result.stdout

        for machine, st in (("one", one), ("two", two)):
            paperboy(machine, "import", fixture)
            paperboy(machine, "userdata", "folder", st.folder, "--device-name", "machine " + machine)
        paperboy("one", "bookmarks", "add", "2501.01234", "2501.02345")
        paperboy("two", "bookmarks", "add", "2501.02345", "2501.03456")
        paperboy("one", "note", "2501.01234", "written on one")
        paperboy("two", "note", "2501.01234", "written on two")
        paperboy("two", "read", "2501.01234")
        paperboy("one", "dismiss", "2501.03456")
        paperboy("one", "watch", "add", "attention", "attention")
        paperboy("two", "bookmarks", "remove", "2501.02345")

        def export(machine):
            data = json.loads(paperboy(machine, "userdata", "export", "-"))
            data.pop("exported_at", None)
            return data

        deadline = time.time() + 90
        while time.time() < deadline:
            paperboy("one", "userdata", "sync")
            paperboy("two", "userdata", "sync")
            first, second = export("one"), export("two")
            note = paperboy("one", "note", "2501.01234")
            if first == second and "written on one" in note and "written on two" in note:
                print("converged through Syncthing:", len(first.get("bookmarks", [])),
                      "bookmarks,", len(first.get("notes", [])), "notes")
                print(note)
                return 0
            time.sleep(1)
        print("the two libraries did not converge within 90 s")
        print(json.dumps(export("one"), indent=1)[:2000])
        print(json.dumps(export("two"), indent=1)[:2000])
        return 1
    finally:
        one.stop()
        two.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
