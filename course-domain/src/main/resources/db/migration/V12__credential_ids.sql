-- Open Badge credentials get an id of their own that says nothing: a random UUID given at issue. The id used to be
-- the certificate's sequential record id, which the public revocation list published: it told anyone how many
-- certificates had been issued and led from one to the next. Written once for H2 2.2 and PostgreSQL 15, like V1.
--
-- Certificates issued before keep no value here: their credentials were signed with the record id and may already be
-- in their holders' wallets, so that stays their id (Certificate.credentialIdOf). NULLs never collide in a unique key.
ALTER TABLE certificate ADD COLUMN credential_id VARCHAR(36);
ALTER TABLE certificate ADD CONSTRAINT uq_certificate_credential_id UNIQUE (credential_id);
