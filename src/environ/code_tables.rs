//! The two large lookup tables of compiled code, kept packed as they are
//! stored in a precompiled artefact and searched where they lie: trap sites
//! (code offset -> trap) and the address map (code offset -> wasm offset).
//! A module loaded with `Module::deserialize_file` reads them straight from
//! the file's mapping, so loading decodes nothing per entry (sqlite3's
//! address map has hundreds of thousands); a compiled module packs them
//! once.

use super::TrapCode;
use std::ops::Range;
use std::sync::Arc;

/// Bytes shared between tables and whatever holds them (a vector, a
/// mapped file).
pub type SharedBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// A range of shared bytes.
#[derive(Clone)]
pub struct TableBytes {
    owner: SharedBytes,
    range: Range<usize>,
}

impl TableBytes {
    /// Bytes of their own.
    pub fn new(bytes: Vec<u8>) -> TableBytes {
        let range = 0..bytes.len();
        TableBytes {
            owner: Arc::new(bytes),
            range,
        }
    }

    /// `range` of `owner`, or `None` if `owner` is shorter.
    pub fn within(owner: &SharedBytes, range: Range<usize>) -> Option<TableBytes> {
        (*owner).as_ref().as_ref().get(range.clone())?;
        Some(TableBytes {
            owner: owner.clone(),
            range,
        })
    }

    pub fn bytes(&self) -> &[u8] {
        &(*self.owner).as_ref()[self.range.clone()]
    }
}

impl Default for TableBytes {
    fn default() -> TableBytes {
        TableBytes::new(Vec::new())
    }
}

impl std::fmt::Debug for TableBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TableBytes({} bytes)", self.range.len())
    }
}

/// Little-endian `u32` at `at` of `b` (which has at least `at + 4` bytes).
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// The number of leading records of `b` (each `record` bytes, starting
/// with a little-endian `u32` key, sorted by key) whose key satisfies
/// `pred`, found by binary search: [`slice::partition_point`] for packed
/// records.
fn partition_point(b: &[u8], record: usize, pred: impl Fn(u32) -> bool) -> usize {
    let (mut lo, mut hi) = (0, b.len() / record);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if pred(u32_at(b, mid * record)) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Trap sites sorted by code offset: records of a little-endian `u32`
/// offset and one byte, the trap's position in [`TrapCode::ALL`].
#[derive(Debug, Default, Clone)]
pub struct TrapTable(TableBytes);

impl TrapTable {
    pub const RECORD: usize = 5;

    /// Packs `sites`, sorted by offset.
    pub fn from_sites(sites: impl IntoIterator<Item = (u32, TrapCode)>) -> TrapTable {
        let mut bytes = Vec::new();
        for (offset, trap) in sites {
            bytes.extend_from_slice(&offset.to_le_bytes());
            bytes.push(trap.index());
        }
        TrapTable(TableBytes::new(bytes))
    }

    /// A table read from `bytes`, whose every trap byte is checked (its
    /// order is the artefact's checksum's to vouch for); `None` if its
    /// length is not a whole number of records or a trap byte is unknown.
    pub fn from_packed(bytes: TableBytes) -> Option<TrapTable> {
        let b = bytes.bytes();
        let known = TrapCode::ALL.len() as u8;
        let valid = b.len().is_multiple_of(Self::RECORD)
            && b.chunks_exact(Self::RECORD).all(|r| r[4] < known);
        valid.then_some(TrapTable(bytes))
    }

    pub fn len(&self) -> usize {
        self.0.bytes().len() / Self::RECORD
    }

    /// The packed records.
    pub fn bytes(&self) -> &[u8] {
        self.0.bytes()
    }

    /// Site `i`.
    fn site(&self, i: usize) -> (u32, TrapCode) {
        let b = self.0.bytes();
        let at = i * Self::RECORD;
        (u32_at(b, at), TrapCode::ALL[b[at + 4] as usize])
    }

    /// The trap recorded at code offset `offset`, if any.
    pub fn at(&self, offset: u32) -> Option<TrapCode> {
        let i = partition_point(self.0.bytes(), Self::RECORD, |key| key < offset);
        let (at, trap) = (i < self.len()).then(|| self.site(i))?;
        (at == offset).then_some(trap)
    }

    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = (u32, TrapCode)> + '_ {
        (0..self.len()).map(|i| self.site(i))
    }
}

/// Code offset -> wasm byte offset, sorted by code offset: records of two
/// little-endian `u32`s. An offset maps to the entry at or before it.
#[derive(Debug, Default, Clone)]
pub struct AddrMap(TableBytes);

impl AddrMap {
    pub const RECORD: usize = 8;

    /// Packs `entries`, sorted by code offset.
    pub fn from_entries(entries: impl IntoIterator<Item = (u32, u32)>) -> AddrMap {
        let mut bytes = Vec::new();
        for (code, wasm) in entries {
            bytes.extend_from_slice(&code.to_le_bytes());
            bytes.extend_from_slice(&wasm.to_le_bytes());
        }
        AddrMap(TableBytes::new(bytes))
    }

    /// A map read from `bytes`; `None` if its length is not a whole number
    /// of records.
    pub fn from_packed(bytes: TableBytes) -> Option<AddrMap> {
        bytes
            .bytes()
            .len()
            .is_multiple_of(Self::RECORD)
            .then_some(AddrMap(bytes))
    }

    pub fn len(&self) -> usize {
        self.0.bytes().len() / Self::RECORD
    }

    /// The packed records.
    pub fn bytes(&self) -> &[u8] {
        self.0.bytes()
    }

    /// The wasm offset of the last entry at or before code offset `offset`.
    pub fn lookup(&self, offset: u32) -> Option<u32> {
        let b = self.0.bytes();
        // The first entry past `offset`; the one before it is the answer.
        let i = partition_point(b, Self::RECORD, |key| key <= offset).checked_sub(1)?;
        Some(u32_at(b, i * Self::RECORD + 4))
    }

    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let b = self.0.bytes();
        b.chunks_exact(Self::RECORD)
            .map(|r| (u32_at(r, 0), u32_at(r, 4)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trap_lookup_finds_exact_offsets_only() {
        let t = TrapTable::from_sites([
            (4, TrapCode::MemoryOutOfBounds),
            (9, TrapCode::HostPanic),
            (30, TrapCode::StackOverflow),
        ]);
        assert_eq!(t.len(), 3);
        assert_eq!(t.at(4), Some(TrapCode::MemoryOutOfBounds));
        assert_eq!(t.at(9), Some(TrapCode::HostPanic));
        assert_eq!(t.at(30), Some(TrapCode::StackOverflow));
        for miss in [0, 5, 10, 31, u32::MAX] {
            assert_eq!(t.at(miss), None);
        }
        assert_eq!(TrapTable::default().at(0), None);
        let again = TrapTable::from_packed(TableBytes::new(t.bytes().to_vec())).unwrap();
        assert!(again.iter().eq(t.iter()));
    }

    #[test]
    fn bad_packed_trap_tables_are_refused() {
        assert!(TrapTable::from_packed(TableBytes::new(vec![0; 4])).is_none());
        let mut bytes = TrapTable::from_sites([(1, TrapCode::Interrupt)])
            .bytes()
            .to_vec();
        bytes[4] = TrapCode::ALL.len() as u8;
        assert!(TrapTable::from_packed(TableBytes::new(bytes)).is_none());
    }

    #[test]
    fn addr_lookup_takes_the_entry_at_or_before() {
        let m = AddrMap::from_entries([(0, 100), (8, 200), (20, 300)]);
        assert_eq!(m.lookup(0), Some(100));
        assert_eq!(m.lookup(7), Some(100));
        assert_eq!(m.lookup(8), Some(200));
        assert_eq!(m.lookup(19), Some(200));
        assert_eq!(m.lookup(u32::MAX), Some(300));
        let late = AddrMap::from_entries([(5, 1)]);
        assert_eq!(late.lookup(4), None);
        assert_eq!(AddrMap::default().lookup(0), None);
        assert!(AddrMap::from_packed(TableBytes::new(vec![0; 12])).is_none());
        assert_eq!(
            m.iter().collect::<Vec<_>>(),
            [(0, 100), (8, 200), (20, 300)]
        );
    }

    #[test]
    fn shared_bytes_are_read_in_place() {
        let owner: SharedBytes = Arc::new(vec![9u8, 1, 0, 0, 0, 2, 0, 0, 0, 9]);
        let bytes = TableBytes::within(&owner, 1..9).unwrap();
        let m = AddrMap::from_packed(bytes).unwrap();
        assert_eq!(m.lookup(1), Some(2));
        assert!(TableBytes::within(&owner, 5..11).is_none());
    }
}
