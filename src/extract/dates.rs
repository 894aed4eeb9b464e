//! Finder for dates facts (placeholder until implemented).

use super::Context;
use crate::domain::Fact;

/// Appends every dates fact of the body to `out`.
pub(crate) fn find(_ctx: &Context<'_>, _out: &mut Vec<Fact>) {}
