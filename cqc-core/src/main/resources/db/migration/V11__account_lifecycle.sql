-- Staff accounts have a lifecycle: an account can be disabled (its sessions and API tokens stop), and an
-- API token records when it was last used.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP;
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMP;
CREATE INDEX api_token_account_idx ON api_token (account_id);
