//! In-memory stdio: an input pipe a guest reads from and an output pipe
//! whose contents the host reads back (as wasmtime-wasi's `pipe` module).

use std::sync::{Arc, Mutex};

/// Bytes a guest reads as its stdin.
#[derive(Debug, Clone)]
pub struct MemoryInputPipe {
    state: Arc<Mutex<(Vec<u8>, usize)>>,
}

impl MemoryInputPipe {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        MemoryInputPipe {
            state: Arc::new(Mutex::new((bytes.into(), 0))),
        }
    }

    /// Copies the next unread bytes into `buf`; 0 at the end.
    pub(crate) fn read(&self, buf: &mut [u8]) -> usize {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let (bytes, pos) = &mut *state;
        let n = buf.len().min(bytes.len() - *pos);
        buf[..n].copy_from_slice(&bytes[*pos..*pos + n]);
        *pos += n;
        n
    }

    /// How many bytes are left to read.
    pub(crate) fn remaining(&self) -> usize {
        let state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.0.len() - state.1
    }
}

/// A buffer a guest's stdout or stderr is captured into, readable by the
/// host through any clone.
#[derive(Debug, Clone)]
pub struct MemoryOutputPipe {
    capacity: usize,
    buffer: Arc<Mutex<Vec<u8>>>,
}

impl MemoryOutputPipe {
    /// A pipe holding at most `capacity` bytes; writes beyond it fail.
    pub fn new(capacity: usize) -> Self {
        MemoryOutputPipe {
            capacity,
            buffer: Arc::new(Mutex::new(Vec::new())),
        }
    }

    /// Everything written so far.
    pub fn contents(&self) -> Vec<u8> {
        self.buffer
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Appends `data`; fails (as a full pipe) past the capacity.
    pub(crate) fn write(&self, data: &[u8]) -> std::io::Result<usize> {
        let mut buffer = self.buffer.lock().unwrap_or_else(|p| p.into_inner());
        if buffer.len() + data.len() > self.capacity {
            return Err(std::io::Error::from_raw_os_error(libc::ENOSPC));
        }
        buffer.extend_from_slice(data);
        Ok(data.len())
    }
}
