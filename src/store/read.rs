//! The read path: point reads, idempotency lookups and the paged lists. Reads run outside
//! transactions (each record read is atomic; a page is not a snapshot, which a list does not
//! promise). Pages resume from their token's cursor with a range scan and look one item ahead,
//! so an absent `next_token` always means the end.

use crate::domain::{Article, ArticleId, Claim, ClaimFilter, ClaimId};

use super::indexes::{self, Candidates};
use super::keys;
use super::page::{self, Scope};
use super::{Page, PageRequest, Store, StoreError, Submitted, records};

/// Most records one `list_claims` page examines. A residual filter (`text_query`) that matches
/// rarely would otherwise scan the whole store for one page; past this budget the page ends
/// early (possibly short or empty) with a token to continue, as AIP-158 allows.
const MAX_EXAMINED_PER_PAGE: usize = 20_000;

impl Store {
    pub(super) fn find_existing_impl(
        &self,
        request_id: &str,
        content_sha256: &str,
    ) -> Result<Option<Submitted>, StoreError> {
        let trees = self.trees();
        let mut found = None;
        if !request_id.is_empty() {
            found = trees.article_by_request.get(request_id.as_bytes())?;
        }
        if found.is_none() && !content_sha256.is_empty() {
            found = trees.article_by_hash.get(content_sha256.as_bytes())?;
        }
        let Some(id) = found else {
            return Ok(None);
        };
        let id = ArticleId::from_bytes(keys::id_bytes(keys::ARTICLE_BY_HASH, &id)?);
        // The writer of that article may still be waiting for its flush: answer only with
        // what a crash cannot take back.
        self.make_visible_durable()?;
        self.load_submitted(id).map(Some)
    }

    /// A stored article with its claims in body order, as an idempotent answer.
    pub(super) fn load_submitted(&self, id: ArticleId) -> Result<Submitted, StoreError> {
        let article = self.get_article_impl(id)?;
        let trees = self.trees();
        let mut claims = Vec::with_capacity(article.claim_count as usize);
        for entry in trees.by_article.scan_prefix(id.as_bytes()) {
            let (key, _) = entry?;
            let claim_id = keys::trailing_claim(keys::BY_ARTICLE, &key)?;
            if let Some(v) = trees.claims.get(claim_id.as_bytes())? {
                claims.push(records::decode_claim(&v)?);
            }
        }
        Ok(Submitted {
            article,
            claims,
            already_existed: true,
        })
    }

    pub(super) fn get_article_impl(&self, id: ArticleId) -> Result<Article, StoreError> {
        match self.trees().articles.get(id.as_bytes())? {
            Some(v) => records::decode_article(&v),
            None => Err(StoreError::NotFound {
                what: "article",
                id: id.to_string(),
            }),
        }
    }

    pub(super) fn get_claim_impl(&self, id: ClaimId) -> Result<Claim, StoreError> {
        match self.trees().claims.get(id.as_bytes())? {
            Some(v) => records::decode_claim(&v),
            None => Err(StoreError::NotFound {
                what: "claim",
                id: id.to_string(),
            }),
        }
    }

    pub(super) fn list_articles_impl(
        &self,
        page: &PageRequest,
    ) -> Result<Page<Article>, StoreError> {
        let articles = &self.trees().articles;
        let scope = Scope::Articles;
        let before = page::decode::<16>(&scope, page.token.as_deref())?;
        let iter = match &before {
            Some(id) => articles.range(..&id[..]),
            None => articles.iter(),
        };
        let size = page.size.max(1);
        let mut items = Vec::with_capacity(size.min(64));
        let mut more = false;
        for entry in iter.rev() {
            let (_, value) = entry?;
            if items.len() == size {
                more = true;
                break;
            }
            items.push(records::decode_article(&value)?);
        }
        let next_token = match items.last() {
            Some(last) if more => Some(page::encode(&scope, last.id.as_bytes())),
            _ => None,
        };
        Ok(Page { items, next_token })
    }

    pub(super) fn list_claims_impl(
        &self,
        filter: &ClaimFilter,
        page: &PageRequest,
    ) -> Result<Page<Claim>, StoreError> {
        self.list_claims_budgeted(filter, page, MAX_EXAMINED_PER_PAGE)
    }

    /// [`Store::list_claims`] examining at most `budget` candidates.
    pub(super) fn list_claims_budgeted(
        &self,
        filter: &ClaimFilter,
        page: &PageRequest,
        budget: usize,
    ) -> Result<Page<Claim>, StoreError> {
        let trees = self.trees();
        let scope = Scope::Claims(filter);
        let after = page::decode::<16>(&scope, page.token.as_deref())?.map(ClaimId::from_bytes);
        let plan = indexes::plan(trees, filter)?;
        let mut candidates = Candidates::new(trees, plan, after);
        let size = page.size.max(1);
        let mut items: Vec<Claim> = Vec::with_capacity(size.min(64));
        let mut examined = 0usize;
        while let Some((id, record)) = candidates.next()? {
            let claim = match record {
                Some(v) => records::decode_claim(&v)?,
                // An index entry whose claim is gone was deleted between the two reads.
                None => match trees.claims.get(id.as_bytes())? {
                    Some(v) => records::decode_claim(&v)?,
                    None => continue,
                },
            };
            if filter.matches(&claim) {
                if items.len() == size {
                    // One more match exists: the page is full and not the last.
                    let token = items.last().map(|c| page::encode(&scope, c.id.as_bytes()));
                    return Ok(Page {
                        items,
                        next_token: token,
                    });
                }
                items.push(claim);
            }
            examined += 1;
            if examined >= budget {
                let cursor = match items.last() {
                    Some(last) if items.len() == size => last.id,
                    _ => id,
                };
                return Ok(Page {
                    items,
                    next_token: Some(page::encode(&scope, cursor.as_bytes())),
                });
            }
        }
        Ok(Page {
            items,
            next_token: None,
        })
    }
}
