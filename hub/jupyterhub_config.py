"""JupyterHub for a whole class on one Linux server: `python3 workbook.py hub` starts it with this file.

Each learner is a Unix account in the group ``kursister`` (see hub/README.md for the set-up) and gets their own
JupyterLab server, running as that account, with their own copy of the notebooks in ``~/arbejdsbog`` (home folder
0700: no learner can read another's work). The workbook and its libraries are installed once for all in .venv-hub.

Settings come from environment variables, so the test and the load simulator can run a hub of their own:
    WORKBOOK_HUB_IP / WORKBOOK_HUB_PORT   where the hub listens (127.0.0.1:8000)
    WORKBOOK_HUB_STATE                     folder for the hub's database and cookie secret (hub/.state)
    WORKBOOK_HUB_GROUP                     the learners' Unix group (kursister)
    WORKBOOK_HUB_MEM_LIMIT                 memory limit per learner (1G)
    WORKBOOK_HUB_CULL_KERNEL_SECONDS       an idle notebook's kernel is stopped after this (1800)
    WORKBOOK_HUB_CULL_SERVER_SECONDS       an idle learner's server is stopped after this (3600)
    WORKBOOK_HUB_TEST_PASSWORD             test/load runs only: one shared password instead of the real login
    WORKBOOK_HUB_TEST_TOKEN                test/load runs only: an admin API token for the simulator
    WORKBOOK_HUB_SSL_CERT / _SSL_KEY       HTTPS certificate and key (or a reverse proxy, see README)
    WORKBOOK_HUB_EXTRA_CONFIG              the municipality's own settings, e.g. its login (hub/local_config.py)
"""

# ruff: noqa: F821  (c and load_subconfig are given by JupyterHub when it reads this file)

from __future__ import annotations

import asyncio
import contextlib
import grp
import ipaddress
import os
import pwd
import signal
import stat
import sys
from pathlib import Path

from jupyterhub.spawner import LocalProcessSpawner

HUB_DIR = Path(__file__).resolve().parent
ROOT = HUB_DIR.parent
VENV_BIN = Path(sys.executable).parent  # the hub runs from .venv-hub, which every learner may read
START_PAGE = "notebooks/00_kom_i_gang.ipynb"
WORK_FOLDER = "arbejdsbog"  # in each learner's home: notebooks/ (their copy) and mit_arbejde/ (saved work)
# What learners get: the student edition that `workbook.py hub` builds (no instructor notes; solutions as the course
# decides, carried by its .workbook_settings.json); the instructor edition only where none was built.
LEARNER_EDITION = ROOT / "build" / "elev" if (ROOT / "build" / "elev").is_dir() else ROOT / "notebooks"
RUNTIME_ROOT = Path("/tmp/arbejdsbog-run")  # short: kernel sockets must stay under the 107-byte Unix limit
FONT_CACHE = VENV_BIN.parent / "share" / "arbejdsbog" / "matplotlib"  # made by `workbook.py hub` (ensure_hub_env)

ip = os.environ.get("WORKBOOK_HUB_IP", "127.0.0.1")
port = int(os.environ.get("WORKBOOK_HUB_PORT", "8000"))
state = Path(os.environ.get("WORKBOOK_HUB_STATE", HUB_DIR / ".state"))
group = os.environ.get("WORKBOOK_HUB_GROUP", "kursister")
test_password = os.environ.get("WORKBOOK_HUB_TEST_PASSWORD", "")
test_token = os.environ.get("WORKBOOK_HUB_TEST_TOKEN", "")
cull_kernel = int(os.environ.get("WORKBOOK_HUB_CULL_KERNEL_SECONDS", "1800"))
cull_server = int(os.environ.get("WORKBOOK_HUB_CULL_SERVER_SECONDS", "3600"))
ssl_cert, ssl_key = os.environ.get("WORKBOOK_HUB_SSL_CERT", ""), os.environ.get("WORKBOOK_HUB_SSL_KEY", "")
loopback = ipaddress.ip_address(ip).is_loopback if ip else False


class WorkbookSpawner(LocalProcessSpawner):
    """LocalProcessSpawner for the learners' accounts, with a memory limit and the workbook laid out in their home.

    The memory limit is a cgroup per learner (the server and every kernel it starts are in it); when the hub stops a
    learner's server, whatever is left in that cgroup is killed, so no kernel outlives its learner.
    """

    memory_cgroup: Path | None = None

    def _account(self) -> pwd.struct_passwd:
        try:
            account, learners = pwd.getpwnam(self.user.name), grp.getgrnam(group)
        except KeyError as error:
            message = f"Ingen Unix-konto eller gruppe for {self.user.name} / {group}: se hub/README.md"
            raise RuntimeError(message) from error
        if account.pw_uid == 0 or (self.user.name not in learners.gr_mem and learners.gr_gid != account.pw_gid):
            raise RuntimeError(f"{self.user.name} er ikke i gruppen {group}: kun kursister får en server på hubben")
        return account

    def _runtime_dir(self, account: pwd.struct_passwd) -> Path:
        """A short private folder for the learner's kernel sockets, made by root in a root-owned parent."""
        RUNTIME_ROOT.mkdir(mode=0o755, exist_ok=True)
        parent = RUNTIME_ROOT.lstat()
        if not stat.S_ISDIR(parent.st_mode) or parent.st_uid != 0 or parent.st_mode & 0o022:
            raise RuntimeError(f"{RUNTIME_ROOT} skal være en mappe, som kun root kan skrive i")
        folder = RUNTIME_ROOT / str(account.pw_uid)
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
        if not stat.S_ISDIR(info.st_mode):
            raise RuntimeError(f"{folder} er ikke en mappe")
        os.chown(folder, account.pw_uid, account.pw_gid)
        os.chmod(folder, 0o700)
        return folder

    def _make_memory_cgroup(self) -> Path | None:
        """A cgroup (v1 or v2) below the hub's own with the learner's memory limit; None where that is not allowed."""
        try:
            lines = Path("/proc/self/cgroup").read_text().splitlines()
            v1 = [line.split(":", 2)[2] for line in lines if line.split(":", 2)[1] == "memory"]
            if v1 and Path("/sys/fs/cgroup/memory").is_dir():
                base, limit_file = Path("/sys/fs/cgroup/memory" + v1[0]), "memory.limit_in_bytes"
            else:
                own = next(line.split(":", 2)[2] for line in lines if line.startswith("0::"))
                base, limit_file = Path("/sys/fs/cgroup" + own).parent, "memory.max"
            folder = base / f"arbejdsbog-hub-{port}" / self.user.name
            folder.mkdir(parents=True, exist_ok=True)
            (folder / limit_file).write_text(str(int(self.mem_limit)))
            return folder
        except (OSError, StopIteration, IndexError) as error:
            self.log.warning("Memory limit for %s not enforced (no writable memory cgroup): %s", self.user.name, error)
            return None

    def make_preexec_fn(self, name):
        switch_user = super().make_preexec_fn(name)
        cgroup = self.memory_cgroup

        def preexec():
            if cgroup is not None:
                (cgroup / "cgroup.procs").write_text(str(os.getpid()))
            switch_user()

        return preexec

    async def _prepare_work_folder(self, account: pwd.struct_passwd) -> None:
        """Copy the notebooks the learner does not have yet; as the learner, so nothing in their home is touched as
        root. Existing notebooks are never overwritten: they are the learner's work."""
        script = (
            "import os, shutil, sys\n"
            "from pathlib import Path\n"
            "home, source, folder = Path.home(), Path(sys.argv[1]), sys.argv[2]\n"
            "os.chmod(home, 0o700)\n"
            "notebooks = home / folder / 'notebooks'\n"
            "notebooks.mkdir(parents=True, exist_ok=True)\n"
            "(home / folder / 'mit_arbejde').mkdir(exist_ok=True)\n"
            "for path in [*sorted(source.glob('*.ipynb')), source / '.workbook_settings.json']:\n"
            "    if path.exists() and not (notebooks / path.name).exists():\n"
            "        shutil.copyfile(path, notebooks / path.name)\n"
            "cache = home / '.cache' / 'matplotlib'\n"  # a font list made once, so no learner's first chart waits
            "cache.mkdir(parents=True, exist_ok=True)\n"
            "for path in Path(sys.argv[3]).glob('fontlist-*.json'):\n"
            "    if not (cache / path.name).exists():\n"
            "        shutil.copyfile(path, cache / path.name)\n"
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-c", script, str(LEARNER_EDITION), WORK_FOLDER, str(FONT_CACHE),
            user=account.pw_uid, group=account.pw_gid, extra_groups=[], umask=0o077, cwd=account.pw_dir,
            env={"HOME": account.pw_dir, "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        if await process.wait() != 0:
            raise RuntimeError(f"Kunne ikke lægge arbejdsbogen i {account.pw_dir} for {self.user.name}")

    async def start(self):
        account = self._account()
        await self._prepare_work_folder(account)
        work = Path(account.pw_dir) / WORK_FOLDER
        self.notebook_dir = str(work)
        self.environment = {
            **self.environment,
            "WORKBOOK_WORK_DIR": str(work / "mit_arbejde"),
            "JUPYTER_RUNTIME_DIR": str(self._runtime_dir(account)),
            "PATH": f"{VENV_BIN}:/usr/local/bin:/usr/bin:/bin",
        }
        self.memory_cgroup = self._make_memory_cgroup()
        return await super().start()

    async def stop(self, now=False):
        await super().stop(now=now)
        await self._empty_memory_cgroup()

    async def _empty_memory_cgroup(self) -> None:
        """Kill whatever the learner's server left behind (a kernel whose server died), then remove the cgroup."""
        if self.memory_cgroup is None:
            return
        procs = self.memory_cgroup / "cgroup.procs"
        for _ in range(50):  # bounded: at most about 5 s
            try:
                pids = [int(pid) for pid in procs.read_text().split()]
            except OSError:
                break
            if not pids:
                break
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            await asyncio.sleep(0.1)
        try:
            self.memory_cgroup.rmdir()
        except OSError as error:
            self.log.warning("Could not remove %s: %s", self.memory_cgroup, error)
        self.memory_cgroup = None


# --- The hub, the proxy and where they listen ---------------------------------------------------------------------
if not loopback and not (ssl_cert or os.environ.get("WORKBOOK_HUB_BEHIND_HTTPS_PROXY")):
    sys.exit(f"Hubben lytter kun på {ip} med HTTPS: sæt WORKBOOK_HUB_SSL_CERT og _SSL_KEY (se hub/README.md)")
c.JupyterHub.bind_url = f"{'https' if ssl_cert else 'http'}://{ip}:{port}/"
if ssl_cert:
    c.JupyterHub.ssl_cert, c.JupyterHub.ssl_key = ssl_cert, ssl_key
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{port + 1}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{port + 2}"
c.ConfigurableHTTPProxy.command = [str(HUB_DIR / "node_modules" / ".bin" / "configurable-http-proxy")]
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.ConfigurableHTTPProxy.pid_file = str(state / "jupyterhub-proxy.pid")
c.JupyterHub.cleanup_servers = True  # when the hub stops, the learners' servers stop too
c.JupyterHub.template_paths = [str(HUB_DIR / "templates")]  # the login page in Danish

# --- Each learner's server -----------------------------------------------------------------------------------------
c.JupyterHub.spawner_class = WorkbookSpawner
c.Spawner.cmd = [str(VENV_BIN / "jupyterhub-singleuser")]
c.Spawner.default_url = f"/lab/tree/{START_PAGE}"
# Measured (benchmarks/bench_hub.py, hub/README.md): server 117 MiB + 174 MiB per open notebook's kernel, so about
# 465 MiB resident with two notebooks open. The guarantee rounds that up; the limit leaves room for about five.
c.Spawner.mem_guarantee = "512M"
c.Spawner.mem_limit = os.environ.get("WORKBOOK_HUB_MEM_LIMIT", "1G")
# On two cores a whole class logging in at once took up to 33 s per server (the default http_timeout is 30 s).
c.Spawner.http_timeout = 180
c.Spawner.start_timeout = 300
# Servers and the proxy report activity often enough for the idle culler's timeout (the default is every 300 s).
activity_interval = max(5, min(300, cull_server // 6))
c.JupyterHub.last_activity_interval = activity_interval
c.Spawner.environment = {"JUPYTERHUB_ACTIVITY_INTERVAL": str(activity_interval)}
c.Spawner.args = [
    # TCP kernel ports collide when twenty kernels start at once; Unix sockets in the learner's runtime folder do not.
    "--KernelManager.transport=ipc",
    # A notebook left idle loses its kernel (its saved work stays); the idle culler below stops whole servers.
    f"--MappingKernelManager.cull_idle_timeout={cull_kernel}",
    f"--MappingKernelManager.cull_interval={max(5, min(300, cull_kernel // 3))}",
    "--MappingKernelManager.cull_connected=True",
    "--MappingKernelManager.cull_busy=False",
    # No language servers for learners: jupyter-lsp costs half a second of CPU at every server start.
    "--ServerApp.jpserver_extensions=jupyter_lsp=False",
]
if test_password:
    c.Spawner.args.append("--LabApp.expose_app_in_browser=True")  # lets the load test see when a notebook is idle

# --- Idle servers are stopped (jupyterhub-idle-culler, a hub service) ---------------------------------------------
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [
            sys.executable, "-m", "jupyterhub_idle_culler",
            f"--timeout={cull_server}", f"--cull-every={max(5, min(300, cull_server // 4))}",
        ],
    },
]  # fmt: skip
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    },
]

# --- Login -------------------------------------------------------------------------------------------------------
# The default: the learners' Unix accounts and passwords (PAM), only members of the group. A municipality plugs in
# its own login (Azure AD / Entra ID, LDAP, ...) in hub/local_config.py: see hub/README.md.
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {group}
c.Authenticator.blocked_users = {"root"}
if test_password:
    if not loopback:
        sys.exit("Testlogin (WORKBOOK_HUB_TEST_PASSWORD) er kun tilladt, når hubben lytter på 127.0.0.1")
    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = test_password
    c.Authenticator.allow_all = True  # the spawner still refuses anyone outside the group
    if test_token:
        c.JupyterHub.services.append({"name": "lasttest", "api_token": test_token})
        c.JupyterHub.load_roles.append({"name": "admin", "services": ["lasttest"]})

extra = Path(os.environ.get("WORKBOOK_HUB_EXTRA_CONFIG", HUB_DIR / "local_config.py"))
if extra.is_file():
    load_subconfig(str(extra))
