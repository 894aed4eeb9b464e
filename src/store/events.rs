//! The event log: every change to a claim is an event with a global sequence, bumped in `meta`
//! inside the same transaction as the change, so sequence order is commit order and no
//! sequence is ever reused. `events` is keyed by the big-endian sequence (a resumable, ordered
//! log for watchers); `events_by_claim` (claim id ‖ sequence) is a claim's history.

use std::ops::Bound;
use std::time::SystemTime;

use crate::domain::{Claim, ClaimEvent, ClaimEventType, ClaimId, VerificationStatus};

use super::keys::{self, EVENTS, META, META_SEQUENCE};
use super::page::{self, Scope};
use super::tx::{Tx, TxResult};
use super::{Page, PageRequest, Store, StoreError, records};

/// Appends one event for `claim` (its state after the change); returns its sequence.
pub fn append(
    tx: &Tx<'_>,
    event_type: ClaimEventType,
    claim: &Claim,
    previous_status: Option<VerificationStatus>,
    actor: &str,
    time: SystemTime,
) -> TxResult<u64> {
    let sequence = tx.bump(META_SEQUENCE, 1)?;
    let event = ClaimEvent {
        sequence,
        event_type,
        claim: claim.clone(),
        previous_status,
        actor: actor.to_owned(),
        time,
    };
    tx.events
        .insert(&keys::event(sequence)[..], records::encode_event(&event))?;
    tx.events_by_claim
        .insert(&keys::event_by_claim(claim.id, sequence)[..], &[][..])?;
    Ok(sequence)
}

impl Store {
    pub(super) fn claim_history_impl(
        &self,
        claim_id: ClaimId,
        page: &PageRequest,
    ) -> Result<Page<ClaimEvent>, StoreError> {
        let trees = self.trees();
        let scope = Scope::History(claim_id);
        let after = page::decode::<8>(&scope, page.token.as_deref())?.map(u64::from_be_bytes);
        let prefix = &claim_id.as_bytes()[..];
        let start = match after {
            Some(seq) => Bound::Excluded(keys::event_by_claim(claim_id, seq).to_vec()),
            None => Bound::Included(prefix.to_vec()),
        };
        let size = page.size.max(1);
        let mut items = Vec::with_capacity(size.min(64));
        let mut more = false;
        for entry in trees.events_by_claim.range((start, Bound::Unbounded)) {
            let (key, _) = entry?;
            if !key.starts_with(prefix) {
                break;
            }
            if items.len() == size {
                more = true;
                break;
            }
            let sequence = keys::trailing_sequence(&key)?;
            items.push(self.event(sequence)?);
        }
        if items.is_empty() && after.is_none() {
            return Err(StoreError::NotFound {
                what: "claim",
                id: claim_id.to_string(),
            });
        }
        let next_token = match items.last() {
            Some(last) if more => Some(page::encode(&scope, &last.sequence.to_be_bytes())),
            _ => None,
        };
        Ok(Page { items, next_token })
    }

    pub(super) fn events_after_impl(
        &self,
        sequence: u64,
        limit: usize,
    ) -> Result<Vec<ClaimEvent>, StoreError> {
        let durable = self.durable_sequence();
        if sequence >= durable {
            return Ok(Vec::new());
        }
        let (start, end) = (keys::event(sequence), keys::event(durable));
        self.trees()
            .events
            .range::<&[u8], _>((Bound::Excluded(&start[..]), Bound::Included(&end[..])))
            .take(limit)
            .map(|entry| {
                let (_, value) = entry?;
                records::decode_event(&value)
            })
            .collect()
    }

    pub(super) fn last_sequence_impl(&self) -> Result<u64, StoreError> {
        keys::decode_u64(META, self.trees().meta.get(META_SEQUENCE)?.as_deref())
    }

    fn event(&self, sequence: u64) -> Result<ClaimEvent, StoreError> {
        match self.trees().events.get(keys::event(sequence))? {
            Some(v) => records::decode_event(&v),
            None => Err(keys::corrupt(
                EVENTS,
                format!("event {sequence} is indexed by its claim but missing"),
            )),
        }
    }
}
