//! Thin `ClaimService` handlers, all alike: validate and convert the request, run the domain
//! work (extraction, store calls) on tokio's blocking pool, convert the result back.

use chrono::{NaiveDate, Utc};
use sha2::{Digest, Sha256};
use tonic::{Request, Response, Status};

use super::convert;
use super::status::{invalid_argument, task_failed, too_large};
use crate::extract::{self, published_date_from_body};
use crate::pb;
use crate::pb::claim_service_server::ClaimService;
use crate::store::{NewArticle, Store, Submitted};

/// The recorded actor until requests carry authenticated identities.
const ANONYMOUS: &str = "anonymous";

/// The service holds only a cheap store handle.
#[derive(Clone)]
pub struct ClaimServiceImpl {
    store: Store,
}

impl ClaimServiceImpl {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// Runs synchronous store work off the async runtime: sled reads, transactions and the
    /// flush that makes a write durable all block.
    async fn blocking<T, F>(&self, work: F) -> Result<T, Status>
    where
        T: Send + 'static,
        F: FnOnce(Store) -> Result<T, crate::store::StoreError> + Send + 'static,
    {
        let store = self.store.clone();
        tokio::task::spawn_blocking(move || work(store))
            .await
            .map_err(task_failed)?
            .map_err(Status::from)
    }
}

/// The published date a request means: the explicit field, else the body's `date` line, else
/// today (UTC).
fn resolve_published(field: &str, given: &str, body: &str) -> Result<NaiveDate, Status> {
    Ok(convert::published_date(field, given)?
        .or_else(|| published_date_from_body(body))
        .unwrap_or_else(|| Utc::now().date_naive()))
}

/// The largest article body accepted. Extraction is linear, so this bounds the work one request
/// can ask for; news articles are a few KiB, a whole book is about 1 MiB.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;

fn require_body(body: &str) -> Result<(), Status> {
    if body.trim().is_empty() {
        return Err(invalid_argument("body", "must not be empty"));
    }
    if body.len() > MAX_BODY_BYTES {
        return Err(too_large(
            "body",
            format!(
                "{} bytes is over the limit of {MAX_BODY_BYTES} bytes; split the text",
                body.len()
            ),
        ));
    }
    Ok(())
}

fn submitted_to_pb(submitted: Submitted) -> pb::SubmitArticleResponse {
    let Submitted {
        article,
        claims,
        already_existed,
    } = submitted;
    pb::SubmitArticleResponse {
        article: Some(convert::article_to_pb(article)),
        claims: claims.into_iter().map(convert::claim_to_pb).collect(),
        already_existed,
    }
}

type WatchStream = std::pin::Pin<
    Box<dyn tokio_stream::Stream<Item = Result<pb::WatchClaimsResponse, Status>> + Send>,
>;

#[tonic::async_trait]
impl ClaimService for ClaimServiceImpl {
    async fn extract_claims(
        &self,
        request: Request<pb::ExtractClaimsRequest>,
    ) -> Result<Response<pb::ExtractClaimsResponse>, Status> {
        let pb::ExtractClaimsRequest {
            body,
            published_date,
        } = request.into_inner();
        require_body(&body)?;
        let published = resolve_published("published_date", &published_date, &body)?;
        // Extraction is CPU work proportional to the body: keep it off the async workers.
        let extraction = tokio::task::spawn_blocking(move || extract::extract(&body, published))
            .await
            .map_err(task_failed)?;
        Ok(Response::new(pb::ExtractClaimsResponse {
            claims: extraction
                .claims
                .into_iter()
                .map(convert::extracted_claim_to_pb)
                .collect(),
            published_date: published.format("%Y-%m-%d").to_string(),
        }))
    }

    async fn submit_article(
        &self,
        request: Request<pb::SubmitArticleRequest>,
    ) -> Result<Response<pb::SubmitArticleResponse>, Status> {
        let pb::SubmitArticleRequest {
            title,
            url,
            source,
            published_date,
            body,
            request_id,
        } = request.into_inner();
        require_body(&body)?;
        let published = resolve_published("published_date", &published_date, &body)?;
        let article = NewArticle {
            title,
            url,
            source,
            published_date: published.format("%Y-%m-%d").to_string(),
            body,
            request_id,
        };
        let submitted = self
            .blocking(move |store| {
                // Hashing is linear in the body, so it runs here, off the async workers.
                let content_sha256 = hex::encode(Sha256::digest(article.body.as_bytes()));
                // A retry costs a lookup, not a second extraction.
                if let Some(existing) = store.find_existing(&article.request_id, &content_sha256)? {
                    return Ok(existing);
                }
                let claims = extract::extract(&article.body, published).claims;
                store.submit_article(article, claims, ANONYMOUS)
            })
            .await?;
        Ok(Response::new(submitted_to_pb(submitted)))
    }

    async fn get_article(
        &self,
        request: Request<pb::GetArticleRequest>,
    ) -> Result<Response<pb::GetArticleResponse>, Status> {
        let pb::GetArticleRequest { id } = request.into_inner();
        let id = convert::article_id("id", &id)?;
        let article = self.blocking(move |store| store.get_article(id)).await?;
        Ok(Response::new(pb::GetArticleResponse {
            article: Some(convert::article_to_pb(article)),
        }))
    }

    async fn list_articles(
        &self,
        request: Request<pb::ListArticlesRequest>,
    ) -> Result<Response<pb::ListArticlesResponse>, Status> {
        let pb::ListArticlesRequest {
            page_size,
            page_token,
        } = request.into_inner();
        let page = convert::page_request(page_size, page_token)?;
        let page = self
            .blocking(move |store| store.list_articles(&page))
            .await?;
        Ok(Response::new(pb::ListArticlesResponse {
            articles: page.items.into_iter().map(convert::article_to_pb).collect(),
            next_page_token: page.next_token.unwrap_or_default(),
        }))
    }

    async fn delete_article(
        &self,
        _request: Request<pb::DeleteArticleRequest>,
    ) -> Result<Response<pb::DeleteArticleResponse>, Status> {
        Err(Status::unimplemented(
            "DeleteArticle is not implemented yet (it needs admin roles)",
        ))
    }

    async fn get_claim(
        &self,
        request: Request<pb::GetClaimRequest>,
    ) -> Result<Response<pb::GetClaimResponse>, Status> {
        let pb::GetClaimRequest { id } = request.into_inner();
        let id = convert::claim_id("id", &id)?;
        let claim = self.blocking(move |store| store.get_claim(id)).await?;
        Ok(Response::new(pb::GetClaimResponse {
            claim: Some(convert::claim_to_pb(claim)),
        }))
    }

    async fn list_claims(
        &self,
        request: Request<pb::ListClaimsRequest>,
    ) -> Result<Response<pb::ListClaimsResponse>, Status> {
        let pb::ListClaimsRequest {
            filter,
            page_size,
            page_token,
        } = request.into_inner();
        let filter = convert::claim_filter(filter)?;
        let page = convert::page_request(page_size, page_token)?;
        let page = self
            .blocking(move |store| store.list_claims(&filter, &page))
            .await?;
        Ok(Response::new(pb::ListClaimsResponse {
            claims: page.items.into_iter().map(convert::claim_to_pb).collect(),
            next_page_token: page.next_token.unwrap_or_default(),
        }))
    }

    async fn review_claim(
        &self,
        request: Request<pb::ReviewClaimRequest>,
    ) -> Result<Response<pb::ReviewClaimResponse>, Status> {
        let review = convert::review(request.into_inner())?;
        let claim = self
            .blocking(move |store| store.review_claim(review, ANONYMOUS))
            .await?;
        Ok(Response::new(pb::ReviewClaimResponse {
            claim: Some(convert::claim_to_pb(claim)),
        }))
    }

    async fn assign_claim(
        &self,
        _request: Request<pb::AssignClaimRequest>,
    ) -> Result<Response<pb::AssignClaimResponse>, Status> {
        Err(Status::unimplemented("AssignClaim is not implemented yet"))
    }

    async fn list_claim_history(
        &self,
        _request: Request<pb::ListClaimHistoryRequest>,
    ) -> Result<Response<pb::ListClaimHistoryResponse>, Status> {
        Err(Status::unimplemented(
            "ListClaimHistory is not implemented yet",
        ))
    }

    type WatchClaimsStream = WatchStream;

    async fn watch_claims(
        &self,
        _request: Request<pb::WatchClaimsRequest>,
    ) -> Result<Response<Self::WatchClaimsStream>, Status> {
        Err(Status::unimplemented("WatchClaims is not implemented yet"))
    }

    async fn list_related_claims(
        &self,
        _request: Request<pb::ListRelatedClaimsRequest>,
    ) -> Result<Response<pb::ListRelatedClaimsResponse>, Status> {
        Err(Status::unimplemented(
            "ListRelatedClaims is not implemented yet",
        ))
    }

    async fn export_claim_review(
        &self,
        _request: Request<pb::ExportClaimReviewRequest>,
    ) -> Result<Response<pb::ExportClaimReviewResponse>, Status> {
        Err(Status::unimplemented(
            "ExportClaimReview is not implemented yet",
        ))
    }

    async fn get_stats(
        &self,
        request: Request<pb::GetStatsRequest>,
    ) -> Result<Response<pb::GetStatsResponse>, Status> {
        let pb::GetStatsRequest {} = request.into_inner();
        let stats = self.blocking(|store| store.stats()).await?;
        Ok(Response::new(convert::stats_to_pb(stats)))
    }
}
