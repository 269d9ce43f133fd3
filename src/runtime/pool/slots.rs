//! Choosing a free slot of a pool: a released one that already holds what
//! is wanted (most recently released first), else a fresh one while few
//! released slots wait, else the least recently released.

pub struct SlotChooser<K> {
    total: u32,
    /// Slots below this have been handed out at least once.
    next_fresh: u32,
    /// Released slots and what each still holds, least recently released
    /// first.
    released: Vec<(u32, K)>,
    /// How many released slots may wait before fresh slots stop being
    /// preferred to them.
    max_unused_warm: u32,
}

impl<K: PartialEq + Copy> SlotChooser<K> {
    pub fn new(total: u32, max_unused_warm: u32) -> SlotChooser<K> {
        SlotChooser {
            total,
            next_fresh: 0,
            released: Vec::new(),
            max_unused_warm,
        }
    }

    /// A slot for something that wants `want`, with what it held if it was
    /// used before; `None` when every slot is taken.
    pub fn take(&mut self, want: K) -> Option<(u32, Option<K>)> {
        if let Some(p) = self.released.iter().rposition(|(_, k)| *k == want) {
            let (slot, held) = self.released.remove(p);
            return Some((slot, Some(held)));
        }
        let fresh_left = self.next_fresh < self.total;
        if fresh_left && self.released.len() <= self.max_unused_warm as usize {
            return Some((self.take_fresh(), None));
        }
        if !self.released.is_empty() {
            let (slot, held) = self.released.remove(0);
            return Some((slot, Some(held)));
        }
        fresh_left.then(|| (self.take_fresh(), None))
    }

    fn take_fresh(&mut self) -> u32 {
        self.next_fresh += 1;
        self.next_fresh - 1
    }

    /// Gives `slot` back, holding `held`.
    pub fn put(&mut self, slot: u32, held: K) {
        self.released.push((slot, held));
    }
}

#[cfg(test)]
mod tests {
    use super::SlotChooser;

    #[test]
    fn a_released_slot_holding_the_wanted_thing_comes_first() {
        let mut c = SlotChooser::new(4, 100);
        assert_eq!(c.take(1), Some((0, None)));
        assert_eq!(c.take(2), Some((1, None)));
        c.put(0, 1);
        c.put(1, 2);
        assert_eq!(c.take(1), Some((0, Some(1))));
        // Nothing holds 3: a fresh slot, while released ones are few.
        assert_eq!(c.take(3), Some((2, None)));
    }

    #[test]
    fn exhaustion_is_none_and_release_makes_room() {
        let mut c = SlotChooser::new(2, 0);
        assert!(c.take(()).is_some());
        assert!(c.take(()).is_some());
        assert_eq!(c.take(()), None);
        c.put(1, ());
        assert_eq!(c.take(()), Some((1, Some(()))));
    }

    #[test]
    fn with_many_waiting_the_least_recently_released_is_reused() {
        let mut c = SlotChooser::new(10, 1);
        for k in 0..3 {
            assert_eq!(c.take(k), Some((k, None)));
        }
        c.put(0, 0);
        c.put(1, 1);
        // Two released slots wait, more than the one allowed: the older is
        // reused for something neither holds.
        assert_eq!(c.take(9), Some((0, Some(0))));
    }
}
