//! Fuel: a budget of wasm operators a store may execute.

use crate::func::Caller;
use crate::store::{Store, StoreContextMut, StoreOpaque};
use anyhow::{Result, bail};

impl StoreOpaque {
    fn check_fuel_enabled(&self) -> Result<()> {
        if !self.engine.config().consume_fuel {
            bail!("fuel is not configured in this store");
        }
        Ok(())
    }

    /// Fuel left (never negative).
    pub(crate) fn get_fuel(&self) -> Result<u64> {
        self.check_fuel_enabled()?;
        Ok(self.vm.fuel_consumed.min(0).unsigned_abs())
    }

    pub(crate) fn set_fuel(&mut self, fuel: u64) -> Result<()> {
        self.check_fuel_enabled()?;
        let consumed = self.fuel_consumed_total();
        self.fuel_added = consumed.saturating_add(fuel);
        self.vm.fuel_consumed = -(fuel.min(i64::MAX as u64) as i64);
        Ok(())
    }

    pub(crate) fn add_fuel(&mut self, fuel: u64) -> Result<()> {
        self.check_fuel_enabled()?;
        let fuel = fuel.min(i64::MAX as u64);
        self.vm.fuel_consumed = self.vm.fuel_consumed.saturating_sub(fuel as i64);
        self.fuel_added = self.fuel_added.saturating_add(fuel);
        Ok(())
    }

    /// Fuel used since the store was created: everything given minus what
    /// is left (`fuel_consumed` is minus what is left).
    fn fuel_consumed_total(&self) -> u64 {
        (i128::from(self.fuel_added) + i128::from(self.vm.fuel_consumed)).max(0) as u64
    }

    /// Uses `fuel` from the host; fails (using nothing) if not enough is left.
    pub(crate) fn consume_fuel(&mut self, fuel: u64) -> Result<u64> {
        let left = self.get_fuel()?;
        if fuel > left {
            bail!("not enough fuel remaining in store: asked for {fuel}, {left} left");
        }
        self.vm.fuel_consumed += fuel as i64;
        Ok(left - fuel)
    }
}

macro_rules! fuel_methods {
    ($($ty:ty => |$s:ident| $opaque:expr;)*) => {$(
        impl<T> $ty {
            /// Sets the fuel left to `fuel`. Errors if fuel is not enabled.
            pub fn set_fuel(&mut self, fuel: u64) -> Result<()> {
                let $s = self;
                $opaque.set_fuel(fuel)
            }
            /// The fuel left. Errors if fuel is not enabled.
            pub fn get_fuel(&self) -> Result<u64> {
                let $s = self;
                $opaque.get_fuel()
            }
            /// Adds `fuel` to what is left. Errors if fuel is not enabled.
            pub fn add_fuel(&mut self, fuel: u64) -> Result<()> {
                let $s = self;
                $opaque.add_fuel(fuel)
            }
            /// Fuel used so far, or `None` if fuel is not enabled.
            pub fn fuel_consumed(&self) -> Option<u64> {
                let $s = self;
                $opaque.get_fuel().ok().map(|_| $opaque.fuel_consumed_total())
            }
            /// Uses `fuel` from the host, returning what is left; errors
            /// (using nothing) if less than `fuel` is left.
            pub fn consume_fuel(&mut self, fuel: u64) -> Result<u64> {
                let $s = self;
                $opaque.consume_fuel(fuel)
            }
        }
    )*};
}

fuel_methods! {
    Store<T> => |s| s.inner.opaque;
    StoreContextMut<'_, T> => |s| s.0.opaque;
    Caller<'_, T> => |s| s.store.opaque;
}
