//! `WasiCtx`, the state of one WASI guest (arguments, environment,
//! descriptors), and `WasiCtxBuilder`, which makes it.

use super::abi;
use super::fd_table::{Descriptor, FdTable, OpenDir, Stream};
use super::pipe::{MemoryInputPipe, MemoryOutputPipe};
use anyhow::{Context, Result};
use std::io::Write;
use std::ops::BitOr;
use std::path::Path;

/// Defines a permission set: a `Copy` bit set with its flags as constants,
/// `all`, `empty`, `contains` and `|`.
macro_rules! perms {
    ($(#[$doc:meta])* $name:ident { $($flag:ident = $bit:expr),* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name(u8);

        impl $name {
            $(pub const $flag: $name = $name($bit);)*
            pub fn all() -> $name {
                $name(0 $(| $bit)*)
            }
            pub fn empty() -> $name {
                $name(0)
            }
            pub fn contains(self, other: $name) -> bool {
                self.0 & other.0 == other.0
            }
        }

        impl BitOr for $name {
            type Output = $name;
            fn bitor(self, rhs: $name) -> $name {
                $name(self.0 | rhs.0)
            }
        }
    };
}

perms! {
    /// What a guest may do to a preopened directory itself: list and look up
    /// (`READ`), create, rename and remove entries (`MUTATE`).
    DirPerms { READ = 1, MUTATE = 2 }
}

perms! {
    /// What a guest may do to the files beneath a preopened directory.
    FilePerms { READ = 1, WRITE = 2 }
}

/// The WASI state of one guest, kept in the store's data and reached by
/// the closure given to [`add_to_linker`](super::add_to_linker).
pub struct WasiCtx {
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<String>,
    pub(crate) table: FdTable,
}

impl WasiCtx {
    /// A builder for a context with no arguments, environment, preopens,
    /// empty stdin and discarded output.
    pub fn builder() -> WasiCtxBuilder {
        WasiCtxBuilder::new()
    }
}

/// Builds a [`WasiCtx`].
pub struct WasiCtxBuilder {
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<Stream>,
    stdout: Option<Stream>,
    stderr: Option<Stream>,
    preopens: Vec<OpenDir>,
    sockets: Vec<std::net::TcpListener>,
}

impl Default for WasiCtxBuilder {
    fn default() -> Self {
        WasiCtxBuilder::new()
    }
}

impl WasiCtxBuilder {
    pub fn new() -> Self {
        WasiCtxBuilder {
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
            stdout: None,
            stderr: None,
            preopens: Vec::new(),
            sockets: Vec::new(),
        }
    }

    /// Appends one argument (the first is the program name).
    pub fn arg(&mut self, arg: impl AsRef<str>) -> &mut Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    /// Appends arguments.
    pub fn args(&mut self, args: &[impl AsRef<str>]) -> &mut Self {
        self.args.extend(args.iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Appends the host process's arguments.
    pub fn inherit_args(&mut self) -> &mut Self {
        self.args.extend(std::env::args());
        self
    }

    /// Sets one environment variable.
    pub fn env(&mut self, key: impl AsRef<str>, value: impl AsRef<str>) -> &mut Self {
        self.env
            .push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    /// Sets environment variables.
    pub fn envs(&mut self, env: &[(impl AsRef<str>, impl AsRef<str>)]) -> &mut Self {
        for (k, v) in env {
            self.env(k, v);
        }
        self
    }

    /// Appends the host process's environment.
    pub fn inherit_env(&mut self) -> &mut Self {
        self.env.extend(std::env::vars());
        self
    }

    /// The guest reads `pipe` as its stdin.
    pub fn stdin(&mut self, pipe: MemoryInputPipe) -> &mut Self {
        self.stdin = Some(Stream::Input(pipe));
        self
    }

    /// The guest reads `bytes` as its stdin.
    pub fn stdin_bytes(&mut self, bytes: impl Into<Vec<u8>>) -> &mut Self {
        self.stdin(MemoryInputPipe::new(bytes))
    }

    /// The guest reads the host file at `path` as its stdin.
    pub fn stdin_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Self> {
        let path = path.as_ref();
        let file = std::fs::File::open(path)
            .with_context(|| format!("failed to open stdin file {}", path.display()))?;
        self.stdin = Some(Stream::File(file));
        Ok(self)
    }

    /// The guest's stdout goes to `pipe`.
    pub fn stdout(&mut self, pipe: MemoryOutputPipe) -> &mut Self {
        self.stdout = Some(Stream::Output(pipe));
        self
    }

    /// The guest's stderr goes to `pipe`.
    pub fn stderr(&mut self, pipe: MemoryOutputPipe) -> &mut Self {
        self.stderr = Some(Stream::Output(pipe));
        self
    }

    /// The guest's stdout goes to `writer`: each `fd_write` is one `write`
    /// call (a short count is the guest's short write; an error becomes
    /// its errno) followed by a `flush`. The writer is dropped with the
    /// context, or when another stdout replaces it.
    pub fn stdout_writer(&mut self, writer: impl Write + Send + 'static) -> &mut Self {
        self.stdout = Some(Stream::Writer(Box::new(writer)));
        self
    }

    /// The guest's stderr goes to `writer`, as
    /// [`stdout_writer`](Self::stdout_writer) does stdout.
    pub fn stderr_writer(&mut self, writer: impl Write + Send + 'static) -> &mut Self {
        self.stderr = Some(Stream::Writer(Box::new(writer)));
        self
    }

    /// The guest's stdout goes to the host file at `path`, created or
    /// truncated.
    pub fn stdout_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Self> {
        self.stdout = Some(Stream::File(create_output(path.as_ref(), "stdout")?));
        Ok(self)
    }

    /// The guest's stderr goes to the host file at `path`, created or
    /// truncated.
    pub fn stderr_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Self> {
        self.stderr = Some(Stream::File(create_output(path.as_ref(), "stderr")?));
        Ok(self)
    }

    pub fn inherit_stdin(&mut self) -> &mut Self {
        self.stdin = Some(Stream::InheritStdin);
        self
    }
    pub fn inherit_stdout(&mut self) -> &mut Self {
        self.stdout = Some(Stream::InheritStdout);
        self
    }
    pub fn inherit_stderr(&mut self) -> &mut Self {
        self.stderr = Some(Stream::InheritStderr);
        self
    }
    /// The guest uses the host process's stdin, stdout and stderr.
    pub fn inherit_stdio(&mut self) -> &mut Self {
        self.inherit_stdin().inherit_stdout().inherit_stderr()
    }

    /// Gives the guest the host directory `host_path` under the name
    /// `guest_path`. Every path the guest opens through it is resolved
    /// beneath it; `dir_perms` and `file_perms` bound what it may do.
    pub fn preopened_dir(
        &mut self,
        host_path: impl AsRef<Path>,
        guest_path: impl AsRef<str>,
        dir_perms: DirPerms,
        file_perms: FilePerms,
    ) -> Result<&mut Self> {
        let host_path = host_path.as_ref();
        let dir = cap_std::fs::Dir::open_ambient_dir(host_path, cap_std::ambient_authority())
            .with_context(|| {
                format!(
                    "failed to open directory {} to preopen",
                    host_path.display()
                )
            })?;
        let mut rights = abi::DIR_RIGHTS;
        if !dir_perms.contains(DirPerms::MUTATE) {
            rights &= !(abi::RIGHTS_PATH_CREATE_DIRECTORY
                | abi::RIGHTS_PATH_CREATE_FILE
                | abi::RIGHTS_PATH_LINK_TARGET
                | abi::RIGHTS_PATH_RENAME_SOURCE
                | abi::RIGHTS_PATH_RENAME_TARGET
                | abi::RIGHTS_PATH_SYMLINK
                | abi::RIGHTS_PATH_REMOVE_DIRECTORY
                | abi::RIGHTS_PATH_UNLINK_FILE
                | abi::RIGHTS_PATH_FILESTAT_SET_SIZE
                | abi::RIGHTS_PATH_FILESTAT_SET_TIMES
                | abi::RIGHTS_FD_FILESTAT_SET_TIMES);
        }
        self.preopens.push(OpenDir {
            dir,
            preopen: Some(guest_path.as_ref().to_owned()),
            dir_perms,
            file_perms,
            rights,
            inheriting: abi::DIR_RIGHTS | abi::FILE_RIGHTS,
        });
        Ok(self)
    }

    /// Gives the guest the listening socket `listener`, for `sock_accept`.
    /// Preopened sockets get the descriptors after the preopened
    /// directories, in the order they were added (so that a guest that
    /// scans for preopened directories from descriptor 3 finds them all).
    pub fn preopened_socket(&mut self, listener: std::net::TcpListener) -> &mut Self {
        self.sockets.push(listener);
        self
    }

    /// The context. The builder is left empty.
    pub fn build(&mut self) -> WasiCtx {
        let mut table = FdTable::default();
        let stdin = self.stdin.take().unwrap_or(Stream::Empty);
        let stdout = self.stdout.take().unwrap_or(Stream::Sink);
        let stderr = self.stderr.take().unwrap_or(Stream::Sink);
        table.insert_at(0, Descriptor::Stream(stdin));
        table.insert_at(1, Descriptor::Stream(stdout));
        table.insert_at(2, Descriptor::Stream(stderr));
        let dirs = self.preopens.len() as u32;
        for (i, dir) in self.preopens.drain(..).enumerate() {
            table.insert_at(3 + i as u32, Descriptor::Dir(dir));
        }
        for (i, listener) in self.sockets.drain(..).enumerate() {
            let socket = Descriptor::Stream(Stream::TcpListener(listener));
            table.insert_at(3 + dirs + i as u32, socket);
        }
        WasiCtx {
            args: std::mem::take(&mut self.args),
            env: self
                .env
                .drain(..)
                .map(|(k, v)| format!("{k}={v}"))
                .collect(),
            table,
        }
    }
}

fn create_output(path: &Path, what: &str) -> Result<std::fs::File> {
    std::fs::File::create(path)
        .with_context(|| format!("failed to create {what} file {}", path.display()))
}
