//! Virtual time: whole milliseconds since the scenario epoch.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A point on the virtual clock, in milliseconds since the scenario epoch.
/// Integer milliseconds keep every platform in agreement (no float drift between
/// native and wasm).
#[derive(
    Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct SimTime(pub u64);

impl SimTime {
    pub const ZERO: SimTime = SimTime(0);

    /// The instant `ms` milliseconds after the epoch.
    pub const fn from_ms(ms: u64) -> Self {
        SimTime(ms)
    }

    /// The instant `secs` whole seconds after the epoch.
    pub const fn from_secs(secs: u64) -> Self {
        SimTime(secs * 1000)
    }

    pub const fn as_ms(self) -> u64 {
        self.0
    }

    /// This instant moved `ms` later, saturating rather than wrapping: a limit on
    /// everything, including how far a timer can be pushed.
    pub const fn plus_ms(self, ms: u64) -> Self {
        SimTime(self.0.saturating_add(ms))
    }

    /// Milliseconds from `earlier` to `self`, zero if `earlier` is later.
    pub const fn since(self, earlier: SimTime) -> u64 {
        self.0.saturating_sub(earlier.0)
    }
}

impl fmt::Display for SimTime {
    /// `+1h02m03.004s` style: elapsed virtual time, as the page shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.0 % 1000;
        let total_s = self.0 / 1000;
        let (h, m, s) = (total_s / 3600, (total_s / 60) % 60, total_s % 60);
        if h > 0 {
            write!(f, "+{h}h{m:02}m{s:02}.{ms:03}s")
        } else if m > 0 {
            write!(f, "+{m}m{s:02}.{ms:03}s")
        } else {
            write!(f, "+{s}.{ms:03}s")
        }
    }
}

/// Formats Unix milliseconds as ISO-8601 UTC (`2026-01-01T00:00:05.000Z`), the
/// way the page shows the virtual clock. Civil-from-days conversion after
/// Howard Hinnant's published algorithm (a well-known formula, written here).
pub fn format_unix_ms(unix_ms: u64) -> String {
    let ms = unix_ms % 1000;
    let secs = unix_ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (hh, mm, ss) = (rem / 3600, (rem / 60) % 60, rem % 60);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}.{ms:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_elapsed_time() {
        assert_eq!(SimTime::from_ms(5_000).to_string(), "+5.000s");
        assert_eq!(SimTime::from_ms(65_250).to_string(), "+1m05.250s");
        assert_eq!(SimTime::from_ms(3_723_004).to_string(), "+1h02m03.004s");
    }

    #[test]
    fn formats_unix_ms_as_utc() {
        assert_eq!(format_unix_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            format_unix_ms(super::super::DEFAULT_EPOCH_UNIX_MS),
            "2026-01-01T00:00:00.000Z"
        );
        assert_eq!(format_unix_ms(951_782_400_123), "2000-02-29T00:00:00.123Z");
    }

    #[test]
    fn arithmetic_saturates() {
        assert_eq!(SimTime(u64::MAX).plus_ms(5), SimTime(u64::MAX));
        assert_eq!(SimTime(3).since(SimTime(10)), 0);
    }
}
