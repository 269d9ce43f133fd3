//! Function names from a module's name section, packed: the names in one
//! string, an index sorted by function. A module's (and its precompiled
//! copy's) names cost three allocations however many functions it has
//! (sqlite3 names about 1,500), and backtraces find one by binary search.

/// Function index -> name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct FuncNames {
    /// (function index, start, end of its name in `text`), by index.
    entries: Vec<(u32, u32, u32)>,
    text: String,
}

impl FuncNames {
    /// Room for `n` names of `bytes` bytes in all.
    pub fn with_capacity(n: usize, bytes: usize) -> FuncNames {
        FuncNames {
            entries: Vec::with_capacity(n),
            text: String::with_capacity(bytes),
        }
    }

    /// Names function `index` `name`, replacing an earlier name. Names
    /// given in increasing index order (as name sections list them) are
    /// appended; others are put in their place.
    pub fn insert(&mut self, index: u32, name: &str) {
        let start = self.text.len() as u32;
        self.text.push_str(name);
        let entry = (index, start, self.text.len() as u32);
        match self.entries.last() {
            Some(last) if last.0 >= index => {
                match self.entries.binary_search_by_key(&index, |e| e.0) {
                    Ok(i) => self.entries[i] = entry,
                    Err(i) => self.entries.insert(i, entry),
                }
            }
            _ => self.entries.push(entry),
        }
    }

    /// The name of function `index`.
    pub fn get(&self, index: u32) -> Option<&str> {
        let i = self.entries.binary_search_by_key(&index, |e| e.0).ok()?;
        let (_, start, end) = self.entries[i];
        self.text.get(start as usize..end as usize)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Every (index, name), by index.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        self.entries
            .iter()
            .map(|&(i, s, e)| (i, &self.text[s as usize..e as usize]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_any_order_are_found_and_replaced() {
        let mut names = FuncNames::default();
        names.insert(2, "two");
        names.insert(5, "five");
        names.insert(0, "zero");
        names.insert(5, "FIVE");
        names.insert(3, "");
        assert_eq!(names.len(), 4);
        assert_eq!(names.get(0), Some("zero"));
        assert_eq!(names.get(2), Some("two"));
        assert_eq!(names.get(3), Some(""));
        assert_eq!(names.get(5), Some("FIVE"));
        assert_eq!(names.get(1), None);
        assert_eq!(names.get(u32::MAX), None);
        let all: Vec<_> = names.iter().collect();
        assert_eq!(all, [(0, "zero"), (2, "two"), (3, ""), (5, "FIVE")]);
    }
}
