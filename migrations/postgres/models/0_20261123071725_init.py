from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(20) NOT NULL,
    "phone" VARCHAR(32),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "mfa_secret" VARCHAR(64),
    "is_active" BOOL NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON COLUMN "users"."role" IS 'SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller';
CREATE TABLE IF NOT EXISTS "brands" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS "categories" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "sort" INT NOT NULL,
    "parent_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_categories_parent__6ffc71" UNIQUE ("parent_id", "name")
);
CREATE TABLE IF NOT EXISTS "products" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "age_min_months" INT,
    "age_max_months" INT,
    "formula_stage" INT,
    "shelf_life_days" INT,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "brand_id" INT REFERENCES "brands" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "skus" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(160) NOT NULL,
    "spec" VARCHAR(64) NOT NULL,
    "barcode" VARCHAR(32) UNIQUE,
    "unit" VARCHAR(8) NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "pinyin_initials" VARCHAR(64) NOT NULL,
    "low_stock_threshold" INT NOT NULL,
    "batch_tracked" BOOL NOT NULL,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "product_id" INT NOT NULL REFERENCES "products" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_skus_pinyin__abd349" ON "skus" ("pinyin_initials");
CREATE TABLE IF NOT EXISTS "batches" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "batch_no" VARCHAR(48) NOT NULL,
    "production_date" DATE,
    "expiry_date" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_batches_sku_id_c64a3c" UNIQUE ("sku_id", "batch_no")
);
CREATE INDEX IF NOT EXISTS "idx_batches_expiry__327d88" ON "batches" ("expiry_date");
COMMENT ON TABLE "batches" IS 'A production lot of one SKU. SKUs that are not batch-tracked have one batch with no expiry.';
CREATE TABLE IF NOT EXISTS "locations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "address" VARCHAR(255) NOT NULL,
    "lat" DECIMAL(9,6),
    "lng" DECIMAL(9,6),
    "priority" INT NOT NULL,
    "is_active" BOOL NOT NULL
);
COMMENT ON COLUMN "locations"."kind" IS 'WAREHOUSE: warehouse\nSTORE: store';
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
);
CREATE TABLE IF NOT EXISTS "price_lists" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(20),
    "valid_from" TIMESTAMPTZ,
    "valid_to" TIMESTAMPTZ,
    "is_active" BOOL NOT NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "price_lists" IS 'A price list applies to a channel, a location, or both; the most specific active list wins.';
CREATE TABLE IF NOT EXISTS "price_list_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "price_fen" BIGINT NOT NULL,
    "price_list_id" INT NOT NULL REFERENCES "price_lists" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_price_list__price_l_753b4e" UNIQUE ("price_list_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "stocks" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stocks_sku_id_57296b" UNIQUE ("sku_id", "location_id", "batch_id")
);
COMMENT ON TABLE "stocks" IS 'On hand and reserved for one SKU, location and batch. available = on_hand - reserved, never < 0.';
CREATE TABLE IF NOT EXISTS "stock_adjustments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "stock_adjustments"."reason" IS 'DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nOTHER: other';
CREATE TABLE IF NOT EXISTS "stock_movements" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_stock_movem_created_eabb66" ON "stock_movements" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_movem_ref_typ_376566" ON "stock_movements" ("ref_type", "ref_id");
COMMENT ON COLUMN "stock_movements"."kind" IS 'RECEIPT: receipt\nSALE: sale\nRETURN: return\nADJUSTMENT: adjustment\nWRITE_OFF: write_off\nTRANSFER_OUT: transfer_out\nTRANSFER_IN: transfer_in\nSTOCKTAKE: stocktake\nRESERVE: reserve\nRELEASE: release\nIMPORT: import';
COMMENT ON TABLE "stock_movements" IS 'One row per change of a Stock number; the sums over a Stock row equal its on_hand and reserved.';
CREATE TABLE IF NOT EXISTS "stocktakes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "stocktake_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "posted_at" TIMESTAMPTZ,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "stocktakes"."status" IS 'OPEN: open\nSUBMITTED: submitted\nPOSTED: posted\nCANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "stocktake_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "system_qty" INT NOT NULL,
    "counted_qty" INT,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stocktake_id" INT NOT NULL REFERENCES "stocktakes" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_stocktake_l_stockta_5ef71e" UNIQUE ("stocktake_id", "sku_id", "batch_id")
);
CREATE TABLE IF NOT EXISTS "transfers" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "transfer_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipped_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
COMMENT ON COLUMN "transfers"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nSHIPPED: shipped\nRECEIVED: received\nCANCELLED: cancelled';
CREATE TABLE IF NOT EXISTS "transfer_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "qty_received" INT NOT NULL,
    "batch_id" INT REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "transfers" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "members" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "member_code" VARCHAR(16) NOT NULL UNIQUE,
    "nickname" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(255),
    "phone_hash" VARCHAR(64) UNIQUE,
    "openid" VARCHAR(64) UNIQUE,
    "unionid" VARCHAR(64) UNIQUE,
    "level" VARCHAR(16) NOT NULL,
    "points" INT NOT NULL,
    "balance_fen" BIGINT NOT NULL,
    "total_spent_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL
);
CREATE TABLE IF NOT EXISTS "orders" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "order_no" VARCHAR(32) NOT NULL UNIQUE,
    "channel" VARCHAR(16) NOT NULL,
    "external_id" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL,
    "subtotal_fen" BIGINT NOT NULL,
    "discount_fen" BIGINT NOT NULL,
    "shipping_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "paid_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "payment_method" VARCHAR(16) NOT NULL,
    "pickup" BOOL NOT NULL,
    "receiver_name" VARCHAR(64) NOT NULL,
    "receiver_phone" VARCHAR(255) NOT NULL,
    "receiver_address" TEXT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "placed_at" TIMESTAMPTZ NOT NULL,
    "paid_at" TIMESTAMPTZ,
    "shipped_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "cancelled_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "member_id" INT REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_orders_channel_c5f001" UNIQUE ("channel", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_orders_channel_040742" ON "orders" ("channel");
CREATE INDEX IF NOT EXISTS "idx_orders_status_33ec6d" ON "orders" ("status");
CREATE INDEX IF NOT EXISTS "idx_orders_placed__857d29" ON "orders" ("placed_at");
COMMENT ON COLUMN "orders"."channel" IS 'POS: pos\nMINIPROGRAM: miniprogram\nPHONE: phone\nTAOBAO: taobao\nJD: jd\nPDD: pdd\nDOUYIN: douyin\nKUAISHOU: kuaishou\nWECHAT_SHOP: wechat_shop\nLIVE: live';
COMMENT ON COLUMN "orders"."status" IS 'PENDING: pending\nPAID: paid\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned';
CREATE TABLE IF NOT EXISTS "order_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_status" VARCHAR(16) NOT NULL,
    "to_status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "order_events" IS 'Status history: every transition and notable action, who did it and when.';
CREATE TABLE IF NOT EXISTS "order_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sku_name" VARCHAR(160) NOT NULL,
    "qty" INT NOT NULL,
    "unit_price_fen" BIGINT NOT NULL,
    "discount_fen" BIGINT NOT NULL,
    "line_total_fen" BIGINT NOT NULL,
    "qty_shipped" INT NOT NULL,
    "qty_returned" INT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "reservations" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "qty" INT NOT NULL,
    "qty_consumed" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_item_id" INT REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_reservation_expires_cb98ec" ON "reservations" ("expires_at");
COMMENT ON COLUMN "reservations"."status" IS 'ACTIVE: active\nCONSUMED: consumed\nRELEASED: released';
CREATE TABLE IF NOT EXISTS "order_payments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "method" VARCHAR(16) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "external_ref" VARCHAR(64) UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "return_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "rma_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "refund_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "return_requests"."status" IS 'REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nRECEIVED: received\nREFUNDED: refunded';
COMMENT ON TABLE "return_requests" IS 'An RMA: the shopper asks, staff approve, goods come back (restock or write off), money goes back.';
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "refund_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" BIGINT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "return_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "restock" BOOL NOT NULL,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL REFERENCES "return_requests" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "shipment_no" VARCHAR(32) NOT NULL UNIQUE,
    "carrier" VARCHAR(32) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "shipped_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipment_lines" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "shipment_id" INT NOT NULL REFERENCES "shipments" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "accounts" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL
);
COMMENT ON COLUMN "accounts"."type" IS 'ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense';
CREATE TABLE IF NOT EXISTS "inventory_valuations" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "qty" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "sku_id" INT NOT NULL UNIQUE REFERENCES "skus" ("id") ON DELETE RESTRICT
);
COMMENT ON TABLE "inventory_valuations" IS 'Moving-average cost per SKU across the chain: value_fen / qty is the unit cost.';
CREATE TABLE IF NOT EXISTS "journal_entries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "entry_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_journal_ent_source__fef9e5" UNIQUE ("source_type", "source_id")
);
CREATE INDEX IF NOT EXISTS "idx_journal_ent_date_0a19df" ON "journal_entries" ("date");
CREATE TABLE IF NOT EXISTS "journal_lines" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    "date" DATE NOT NULL,
    "channel" VARCHAR(16),
    "partner" VARCHAR(64),
    "account_id" INT NOT NULL REFERENCES "accounts" ("id") ON DELETE RESTRICT,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT NOT NULL REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
COMMENT ON TABLE "journal_lines" IS 'A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel.';
CREATE TABLE IF NOT EXISTS "closed_periods" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "month" VARCHAR(7) NOT NULL UNIQUE,
    "closed_at" TIMESTAMPTZ NOT NULL,
    "closed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
COMMENT ON TABLE "closed_periods" IS 'A closed month: no entry may be dated inside it.';
CREATE TABLE IF NOT EXISTS "audit_logs" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "username" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "via" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_logs_action_4eb755" ON "audit_logs" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_entity__893447" ON "audit_logs" ("entity_type");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_created_bdaee3" ON "audit_logs" ("created_at");
CREATE TABLE IF NOT EXISTS "idempotency_records" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "scope" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "status" INT NOT NULL,
    "response" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_idempotency_scope_bab602" UNIQUE ("scope", "key")
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXV1z27a2/SsYPeXMuLmukyY5Pvc+yDLTqJElV5LTnFt1OJQEWawpQiEpO5pz+98vwO"
    "9vERJJkeh+aCcmsSlpAQT2Xnth4z+dDVlizXz9YGKjc43+09GVDab/iFy/QB1luw2usguW"
    "Mtfshjvawr6izE3LUBYWvbhSNBPTS0tsLgx1a6lEp1f1naaxi2RBG6r6Y3Bpp6vfdli2yC"
    "O21vYX+f0PelnVl/g7Nr0/t0/ySsXaMvI91SX7bPu6bO239rW+bn20G7JPm8sLou02etB4"
    "u7fWRPdbq7rFrj5iHRuKhdnjLWPHvj77du7P9H6R802DJs5XDNks8UrZaVbo587l4FpHlo"
    "ejqTyRprLc4QBoQXQGLv2qpv3rH9lX+OHqx7fv33548+7tB9rE/pr+lfd/OR8dAOMY2vAM"
    "p52/7PuKpTgtbIwDUFmf2v9OQNtbK0Y6tmGbGML0q8cR9vBsLsQb5busYf3RWtM/373Nwf"
    "NLd9z71B2/evf2H+wDCX0JnFdj6N65sm8xyAOIl6q51ZS9zAtz3K4cqL0LAdbBKywA2FvF"
    "NF+IsZTXirnmQTthKCDcVz/9VABv2ioTcPteFHGDaBnDWtJ3GxvsPv1Oir7ACdA92yZj3Z"
    "l8Gt3fS+NrZK7JdouNmd4bSOPP14iiYzzN9Ml0NJbku+6w+7PdyiIGljeKrjyytvcPDLoJ"
    "u7PdGQs6utjVj/1hd9iT6DdUdYbMTP/0q9y9vesPr9H6m6wsN6o+0wf9LxL9WoMBs9bUZy"
    "ybWNOcZZq77y+LdP1lds9fJl412mVcE5pvcFR3u0tCM9+sN1cF0H1zlYkuuxVF9wUvyEZm"
    "S22a35MNctyuFKyFXp8pYmvFkskW69xQRw0B60NYb1YKncMWBrZ4gI5aiTd7lI+zaso0Pq"
    "MrRhLmG0IXXUXPCJvCdjGg59SwqmXZG+MVQJ0D7c1oNGBP3pjmN82+0J/GMH64u5HGr360"
    "oaeNVMsJO924KgB8pagaXsoaeVR1kyNOTdgdDlnLwvyyqrFdSsgaQKuRxROFaKdbqpZE9p"
    "aiYqkbnA5v3DaG7tI1fu39o30zSQ6U0/6dNJl27+4jY/y2O5XYnSv76j529dW72CzjPwT9"
    "1p9+QuxP9L+joWSjSUzr0bA/MWg3/d8O+07KziKyTl6oLxvGxLvsXYr0NJ3hGe6ykrI65P"
    "dz1LKEXm5cIEd/4HKka3t3BLak292XJdHrjORbPYUYKXZhriyeXhQagkfuRCYCheGWMr/e"
    "uKYfP4+xZjdKGQchonPgPqqFI+Evb+x7V4MREUClLP/cmdYGM5uTwJpYdAbt+k9r7fyYD9"
    "eGPOOywLpznyUoVMRYulmA43EasWcIhA+bvMgVyZrOkrc2V5v4FZsvWrqfzT4pbbbKSNuE"
    "Z7P89I0cmUPLzeP8bn8Ce673IZ0/ILdzxtyO1w0yF7oxq/rikcYjHc2a8aEasgBEXUQTTm"
    "AU4CS6H4mB1Uf9M94n0grZrl4Lwc1aaOhlQ3nxp8/woKK/nf5i7NATve6k172VOvEw2l8k"
    "ToRVQO85Dm1sFkyHNztoqdIjuDEUPbp6Rm7k+gBz1gQ0HGKt87zCAtBuXOTx6EdxE1uDLH"
    "eLUwPIe+cpEBoVmgh7FJ5HYuzT5kL/Xu50uHBaqbiScGirGC4PYH85CIb+vpPkub31itON"
    "JjFSKPvMMes1h1xXPLB0pgy+0DJicxSkDVtMKo4tg2n5xDAovMa0C+GiUVBkaEVioLE0mY"
    "77vWleEBRK7K1VbUkfdZp3JB7e0Xe/ZheyaYvUWXzIe0Nd4IFqWmlOZHAz14vcsmayRtsV"
    "cyM7XWSbIGaC6HM16oAiiyAFLdaKrmMKjoI8BuICEQPNibX+F6KuJdoQamNu8UJdqQvkiH"
    "WcB72ouvm6E4O66s8CLgDc3MbMIFW7ue4bw4NvyEQ83WL5mvJnRVOpF2GQTRLkfAVQ1BJ0"
    "Xk3WeTl9ZZHj+tixgx5ucg+D/rhm/fH5cv0Ne4sqJg/Ok0VtGMY1JVFD04mFNyfHxW4s16"
    "fPaqFve97o2AYtL0L2UC0SJct+d5aecfE/w54vn3aQdDlrNOr0xyqV+FMfsxntsJlIcql/"
    "Xl29efP+6vLNuw8/vX3//qcPlz7iyVt50N/0f2boR3yFlGxC6JXjyijE7UTqg9JyNXR64Y"
    "M1MAA8C6RpInP5ib5WhMltGc6FkzXxt/awJpCtkKeDO3GeIiiswVvbJBGgl+ZJ9cn8DFCe"
    "NxYkm0AK2Ko5M8/hWtCe5qKn3fbCSQHLL8gBmRUf3B+vPhRAl7bKhNe+FyuTFfpmCZin+H"
    "vGzBAzqw/tTqfahSmVB5a+TiOEoYfoq7vu139EaODBaPiz1zzUA73B6CYGPF1g5I2qyxui"
    "W2ue2gVJQyAQk2GCjRJ9e46DN2II8KYU3iDGZqcpMnVSH1Pm5+zCG3E7ADclxF1jbUVDih"
    "WWl8qeZ/CmWALASYAhT1ZzngxKjGSPbbFKjIR73d72xkfWhU1g5kp5kVwxLh+qMSvgQQ/z"
    "oHNvV+eJLJ2/O7Rd47YoTRd+XzOU6mnDtwRgOWTpTRu6RcGNvbYn7AQwn3anFtkRim2uNH"
    "3PoEohiF0Es8lhr5OAGG7VInIBxDAQw+clht8VUYTTVtnE8LuEJpxtQOHB12svABVc9YaG"
    "uWLwTgwhE9HKXZc/NdBfyVXo2mtf49Cd7d7i1bt6BnCRrFF2ziiRMQJ12VnVZRbtWgaSPN"
    "9yOGwxq/rw//HNZWuqAKj6XtVllc4GqqKlxEs5Z2wkTauaTBITdWuXQY28yCar3SpbawOb"
    "a6LxbaJIta5xZLdlXM8Va7GWWUj5hFMQzs14JGwh61E86wFpJkgzNcZZETfN5IoqecX2YS"
    "OR/NHqlOG+wPVkWbhoxVIuEqLw8Og6gbi3deV26AQb8dKZ/ISncypSN+whoiJke8xlnLcg"
    "KkBnPMKjlXid6QyPVmJlH+Ihl7Cr2j7JQ7SJnCslG6lqssuoDeBBOtLxlND/HQa2rz/T8U"
    "eM/ZfwU8WQbvzFmcZ21sG0gufeAplT8DxYiIvVZbPdJfo30oiFyAoRHaPJ54fX7H8mstaK"
    "hRQDI53etZ/9g0tJoLXyjO3W9mX0olpr2grh71vV2KfXZavws1K3x7vb/RwqRSewOf6sKX"
    "m/GxLQ5mXfAhsB88dvi2SI3maniN6m5Ii8l0xmnEk6G5MbmIdN8+iY1s7PaVgzNiWGpDO5"
    "cKMYM6scwTpnCD4AgRPMngXE5QShSkSlXCBUMDi6ggGncBf4GuBrgK9pKAvBGVHnHSha7D"
    "DRCs8RhaAUdOIiikFBJ16hhOtJTdskx8CV9N0m4QZGgPZsmwx057fuWPo0ephI14jO/3hN"
    "diae6ZPpaEyvUOfMwHGKsZhgv5BeP0euH+8IGhnR4IlLsxgyEU6zf/XTTwUQpq2yi+Szez"
    "G9YiqFgBfqRtEyNIrp1IFj8to1FYvBknr9u+7g1T8v3sXUWj6PmNhpotGP4sTVsQBcc3Hd"
    "GioxVCtls22eSN83qVNJ2xYpLSg6a1B0JninYkSJslqdFtOyY8sFPGM7ZfOOf2hWCXqy1k"
    "6zIJQC4g2It0ZiZb98lvJ0qpRz4j1HVKDoHd1cYcOUyS4lOOHBauo+Snyo1BMPRBUdKVum"
    "WIZCUSDXoMq0wBhTx/M5MzMQvn2RlxwwgoYNyw/k7QsXLEVQy27w7ESCgVcOiIk+yCYCwz"
    "Y1MoHEmyLamFVgmKWN9HyUU8d6+9nW8vMK37hYq291E1aNzzRGkLSXs90mbe93HqQRs/qw"
    "bQsVaFqKlVZUr1jyK7CucTYIKEieFFi3N+1/ka7dg8hnem80nDzcSbfXyBsgM30sDaTuhF"
    "0zsIYV0xk050+L2TJYbB4h/oxa1nLsbUM0tE2Senog5Wo9QeGb/X6Jq/ANNtPxCX0TdlBm"
    "Om1xY4V1+ATUIRPwxApIqL3kwKkiasGSDBdxGXVoXBWoMB283iVgy7PPtmEzQlF4E9Mht1"
    "i9SmrMGdxpxZS9UZ9TTtnP4B3egjrS0VrRl4j959BoeIlWxPD2hl4gT3lrN7H3A75GyrOi"
    "2t2P/oc2lO0n/ODbXyAdP2MD/Te6TO5DreMD8zajhg9Utx8Ou1LPKgB2e5PHjwksIDiP+y"
    "/eK8GBZ9gEAI0Dutsuj4yxopYQYzUlxkoJrdPrKXEe4BMygTAg5U3yVl4+WGNWgCycDA97"
    "fpsXTR3c85s2E5SAqoCy1Ti0sRmwAL5zr07RieCKVhAwjmx4yT5hq3pcfnK8eCimeBEEdl"
    "CDcmBVOakUEhxn0UtRTfIBokmO6aGbI74CbuZEboZpIWinWwqnfsK3Ae8ylaJRzDTfp5h+"
    "IrBu9Pbh2+5d92fpGi2VDZ2LZrr09b4//ve1WzJwpg9Gk8k10ohpzvSPo4fhLf1cstOXTG"
    "UxHku9aX80ZDoLw8B2SbSZPqEB/YDtPVY2W40+cTT9JI2vEbFnimIdWbHmQidppcpyNtyT"
    "1Bpl7ZfFVbIJmZU7PeL0pYiZMPRmzUcvgdAku0PaSYIWOsUcSFAgQVuDLJCgJSe+TCaP4A"
    "E0ZAHSsoOsMpCgnUpJUGDtS2btgVUujVWOz7MloPpgirTtNI5paGmJQEo/Hw0fBoOzyvR8"
    "GjqLTw3z1IfY1Ag/XkS/h5FBXtAWG2ixVvRHzA52UJD9ufTbbubY+Bey1hiZu42JCJPJeX"
    "eZHf62UzSkWqYvqwsL89Lke5V/3mEW+PfIzk13f+EfsDG3kRtzha+UOJZ6Uv9+ynaALTC9"
    "zKhKh6hkNOVYmj6Mh+ymtTP0md69/eVhMr2ThtQgyJzM9N/G/akkjz5+vEYvhmphmaxWM3"
    "067g4nH6WxPHqYssHj1F9gNS9C9/rD0C1Vt6s09j5Pu5+dSo1OIRD2TSbSmO1nc982f/Oa"
    "v3dtpvfv7kdj+knqZksMqxm0qjtRcGciEnbCsH+lq0W5sU0aArg8eZ4sVOvP7dSUEqigvD"
    "FkWyrMtrSonEZbBzBU0qi0kka7cla1xgWQsoKUFaSszo8spKxKxhM270MasImAQjWETHgr"
    "qoYA2T/Ys9OqdDVkVyG7CtnVlOyqXcU8K7PqlTg/kFX1K6rD5pRW+U0XOXlFv2M5j7SP28"
    "FJggeZyhZW/CRbR/HPk8gd3UvDa8QsZ/rk4eauP52ywp7mbr5RLYtV+7wfTexLjLVif/e6"
    "w540GNglQdlv17Sm1P9sF/sJiv1y6E9nXB7R6RHDWmq+nsMRanoXe5jk9jF1dQzCUu/zPR"
    "8vkzQEeiZ7qxMvugk7ABdSCbC5oAnTfgVsTfC2A7lwANzExJhBMWSscYDvAXyTyzo3hxOa"
    "N1S9tKPnBvRZAk0a1Vdm8UHLY7s8VAswXrLfm+XSXr8HH8Ee7qZaoJhuAzixvcnqWfMdIh"
    "Q1Au8qLSggO52tYXzAxqwgIEgCC3otUBU1Hk9/PeVXFoXMANuCYhjPryhDECPYEchx3z8+"
    "xiKef6876XVvJdDFwK74BoB6Uq3VKkMv/1DrlKgrfOB1dsDlH7ANCgOhoil/Ty2fwCBmBv"
    "oC+3cLpi8wMG3Mcqa8IoOx9OuD5KgI/GfM9O79/Xj0hV306Dy2O/sXqec2/BMv7HaTT/37"
    "e1uUsFa3W6dVT+p/cVotsPrcbFkCbNqsctMmiD6y0RdX9AEnFInW6yk6kEQdfZCBVEr6rA"
    "yykY+TK6SZAvmTWiDDcVi4h3DSEIZwGryue3kEvglLADiFGHZ8cG54E3YAbhJcuvIdN/0m"
    "DWHyPcy8RxatEujMv4FqLG2dL0AYh8Yn4FwE5+QLXQDl8BJWAsxiS8hS1nsQ6ZWKcGGRXr"
    "p/AfgeStnFXaoC8IaiCMD34AwRj7jOKzL1EnOgMeVPdGZJTOOYHk54ViUwhazneQ/940AV"
    "VKPZISw7CtGbOPkgjZhBZd0mqEYbtnCDaLTZeAb12Lm4q6gVIHuYuLJCEq0TXfiw2qtlIB"
    "fmUqIDDPSiwutFG7ZutV4uOjKW6VpR58ZFXtxEWJNKNuSxo3h0rLFH4+8WNnRF88/EgUjq"
    "TJGU3d2c4tGwDShH7d+dpxwNjftjpKMh86oUhiWg3bkfTeyaUzP9rj/s349HP4+7d9doo+"
    "rq1iCPhrKZ6fefRkOJtqI/As/0aXd00x3RT1fIXCEz/Zfba/QnK2B1y6pXLem/bkcP/2YH"
    "By3Jbs/ODPr80O1PPo0ertHTTlHNNdnN9N8kijv9Wp9G99foBVO0LJne2c70QZ8dJKTREL"
    "VzxDgoX1canvQ43raY2VFjoGELbNXHKjRdq5143zpbrC8ZYrwvnTS87Q9/pq+LY09fnm6f"
    "vT2KygTbg8Go17XV2Ypmpyft+nD93mfHRl082TZJwfatxF6eMbtGHQT6Bhm2ZHt0dz+Q7O"
    "ctyGbLvJ0MIbd3pJgj+WaHijVF3G3u5hax6Nu0wimp7bwT9+KWwlBetZy9F/TAUjXtTef8"
    "PRC3hB44rgfs15x+rSPegZgl9MBxPXDkFATzTwnYs7WRH/qwFSB/HPIGXu3ojz0C/bgl9M"
    "CxY3/PTnKVN5jixxWFJC2F2+5WvrPJPOzdNmWoE6JhRc9A2jeKITynVlVB7F+pt7DtzWg0"
    "YE/29zLd9GNjePhwdyNR2G3UaSPVypxc7Gy0IdsXOEZ2wlC4gV1+gO1jZlM5R6HtWwoHd0"
    "Vnnbq4Kculgc0UcmOKv+dvRYrYCoB63kZJ6es0Mq942L666361Yff3SQ5Gw5+95qG+6A1G"
    "N7AvvMYBvtWUxXFl4cOGcBBqQ7YHFzoJgMVUR3R4YAanADRn93eyfz3BO38XRy2hl5vcy3"
    "4q4JiSHjFb6OlG97SX3jmmp2O20NNN7mko1yKaP5bS7YlyLXCsjJDHyggO7AZv5rwa9ogN"
    "gHpQwO7glQSYWxF85z+oXfgWlQRHBlZjT6xuKbhwBFIDjkAqsnkaP2P26QnIeXZP21J1iT"
    "2ohU5i5t7p8OBULbwpA6Q+fY6oGLlp5zJgunceJSpSjkTiRKDG9kPEhYgpUU+GiD1k7FSj"
    "ERUpxr+W8N5N3MeIBFPl+7acNS9r85a/Ih7YwSUHa/DBfVydia14R2vVtIixv0bU1tgjex"
    "+mytogRV8indifgOiT6KUL9LImaKkukWrZt1/WWH/diWFb7pNLrsKRJzgTbPtYLTKz7E1m"
    "dhW6vE0Z6Z0QMxMuj16+4MwiR8AcMQKQD4IMOhA4HwBSD+VKQRyfhYvDDZtAEZIUYnxn8k"
    "IasgBS/CApTrxiCifyin5RhpaN16LMYvhFPVzMZWeWAqrYZG3oReWmaSsPYG0+Mit+9cjK"
    "Q+GrT45C1cZWzZcXOWEgq0HEuzsjbFOfA10lyLHo5LJQeHKZE59cxl1oqI5Zmgulq5a8Nd"
    "QF5t+zmLQVCWIoGnCwE8TaOsrKKMtH7ltP2sKrcHRHsNK7rj6eb5YPWwnzFpRcCDkoVcOB"
    "a9gMgI0DuyCPJv+UEbYSBtOaZwog1cofzVCDGji1BhBAfJwaFEguoUByEeGjgU1sPNuqmJ"
    "NlRv6TxKExU9RYcgkH7TiSLNGO2UnTY5WBlifKEg2vynltT0CaRW2HBKaH2O2wrBUI7lY5"
    "Lxc5BDd/Wa1zlNOqkdwuW3qjbI4jAaN2IjniNYeUfjFqA694xnncrpQq1g2qGl9+iS3QQW"
    "VDDzoooGyAYjg7xXAejYm7RynFCw92L2X736FtUuB4t+qVznO8nV7lPMYmYgTn2MQ8kuQ5"
    "NuB8n9n5bkd42dp9HdSrNNMqMeTNIJ6FcPDC3g6IaSLtjo9poKxUhfloCBjLx9TYKHyIBg"
    "YwRCH+PkuKnw7BEjDlLW7RsJFbFNrgfc3YPQM1pM5UQ6pa4siXCaSSR2ERQR6BFJUtAIvU"
    "qoXpIodFgn0zpXlQdPkgi6cUnijv5KOQVY1HH3kjuLUnHwUbJo+KAwI7GMoNCAZExDMnGj"
    "iP39o0kE90XFMjguD1LivYEqzQZBzcxHzILQSu3nv1hnimAxt6Bw76sIbTtmCRuK6Oxndd"
    "Ct0aI3NNtltsIMV8Mi8QHTyrFaIfZ5BnavhIyNJkJ4RjxH46euWu64gY6MWg+CKyWv3jAm"
    "2Ijve0NTbtdsnicbV8IjjhzXLC2RTHmcf1LSCJG8vBJJO4eeXhJH23SawH0c1M56gT505T"
    "2Ov5opjTKfvXBzprS7fXyH/GTO/e349HX9hFd/6g18bSL1LPbfgnXljOtZ7U/+Jcs89PtK"
    "99fBjeOtecE4njkxakLsVMXbpikSNProadrKcpHyBxnN0h4iaO4RQq0Xrdw6jgKVTHHO2T"
    "ZQ6Z2eS0ulb0pXaEMiNhB+CCMgOkBE1ntgoSh4kZtASERT/3K2vVKaAvCCZT0BccQDmx7p"
    "xwRlW95+W0BPDIwITKDBkgVUnz+0fmpDD84eN0ssn9yNk9oE5pla9zkUOM+zVA+NjxmBlQ"
    "5Acp8oViGGqa15MNcshEODq1fIDZjPREvwDnSI6ZCQd0+TUE3IKfRxBoUUsg0JpCoMF+m7"
    "/tMe6Ne4OAL2skpsCXZcJbDV92njPc24otHOLe6A04pdI/UGryeAIoa59SHNPDRBDsVRKQ"
    "DYK9SnA+QemY1qzqmivWYs3n8YdNYDTDZrCa0fWXVL4jIKJWgOzhSNUMpbpO9PjDWbOWgV"
    "zU7Y8NMNgbVhUjcHBvWGJ5KwHfG+85gmIbXtMbteXOFS2lBGGBnCk7/HJ0QBB3iRV3uequ"
    "Be1vntxlzEy4LHz5W5p0dfHEe1hw2AbSwzGIk+nhLQWIC1/foJTy/ef2YKvfNGbjJa8VM8"
    "UNOICybwUnJRwaxmSL9bS1LhvhwALQPYQu/ZWEE96QCeB7CF8NP2ONB13foMYVTifGRtHq"
    "WefKdyW2RHXlsAWd4cBAGGq3NApsrmgsXOVnzGOGwiBbM2nuHKNubvExpfhTjKEfYEs6aC"
    "vztJUJmrqIesImDE+UTxSVWTUssDqLbKK7WLBTRjopZJ136yKPrVOcRkDXiUXX8fJ0QNAV"
    "9qq5ybnaibkWR4U2OqngHi7S5dk2GehOd0LvXCPFNLE10wf97k1/0J/++xppqjJXNdXaz3"
    "Tp1wf7Ev62s/8eS1+k4YPEim89Y32HaYuv99JwQq/g79SnNR0szvJmHOUklCCx/IXs2Lmq"
    "oLAs7ir0dTp6LGLsvyjaTnG/csJrSGmV60CoXnv52TMoWFjzjjxTjH5QnmnPPWK0oB4rYq"
    "UuJ58fkLIwiGnaFTAXawrQNWJPt4No9F/om7VHqnOX9qhlmybLaFbwfHBzmuXmNFwN2hZu"
    "yx/7fKxKxEwYVGvmU8ynHaeqzjcoB/LWTxAcLkhyeY10RLIXRjqeEvq/opo75xmt6oLCYj"
    "t/3BURK53kqbjOnaRbxj7NR4ncz/VO/nRaytRFMdQqNoP83jHpRyyw7EUf7p8UqT9OcQ3y"
    "5l3BvINaJtxsH4INjT1nSYawjXCUSfmFLxinn54tSIfXa5+XIyjHuzjDRJuGKqP4E4ceb7"
    "iGpNdeOP1XJQql2KRdFOSYWZOZpsa8/MGCyA/0CWKaZsNcPnMKedls6MXKy0LNm/PszYJ6"
    "DG2txwDJgmND8KxqDDFEDwfgxWsxdLpoieeqxQ6xUhAdSUvVeo1u6dKjm7QFciYxE9HRhA"
    "y8JYZlosXOQhvFeFR1NN8zgv8CLWgHPxJjzw7Noi8nUvQlo/p1HWspJ27V8pElZw+AIqiL"
    "IrAHBz8/HjEDfvxoveHyGPCjdoD+cegDc9PhZm7cKZ8n3A2ZiLfFrIKNDYph6XyVikMm4i"
    "FcPpvgykL5gsqoEZT7SFvNXBeRM1qPWkGsngTWycjwuslhK5HGa81ewvmKAws+qusWhwgI"
    "Zw6hhz39wIlcXlyO0LI5oyipF54sC5QBUoLtJyfiG9rIIii0Uc+pALipYiX+EmGF5EoNmx"
    "RK0yul+WUlgNoLPUpMZGPuaAF4z1MqvKXwFqsUziNyLC8tcI8NlUSp6eidi7xkwEIjJl7K"
    "W7tp4WyAY4U2RLfW9AsRZC9EaKPs0Rwj+8BjpOqmusRITdkGcMwDQOffLJ2/3XU8dI9vIJ"
    "w6Lw9Ij+p5n8n0vE/IRpxX8gjVSNgQRCOtEo04XcetGYmZQYR5WDLiQVaC4yO4YiQ2uLgF"
    "I5UWWdgtVWtAHtP8Hv9eruejsFayRh4bVmgBNATlcqLZLsyOvr68pQPCNsLpuqtIWqXHmN"
    "kABxZVwStSyT4aNqnWnls0HzMTD+nyNfMuZHya+YgRTBcHh/Mcr6gPlkT4l8lomI5wYBEP"
    "eNSFhf4PaarZQh84B1cGRSSo8fB8ddf9Goe6NxjdxKMV9oCb+DS9stK0G9mw+waA+vGoP6"
    "sKz2TiNq9xGlG2aj0zSfl6pHbtval1oRSXRWHOOR+BErIA7uQgd7IzSzmzV2zaJDSkGsWY"
    "9Jd4syUW1hf7MV4QIzVllGx0kVtpKmguG3b7auo5LIgTqDzhPdRwaAe54vdZUffGN4C9xQ"
    "UiJfYmcIDrNhcQ2h+vPhTxHa8+ZDuP7F4UXQPTX2pa3OelxO0ExLv8oUzdBWvHcyZCYCCS"
    "QLg0hSr1p7fErUBaNJ4P25wU0jcN3Lpj+nbFnZC+Pz7wTMRJZ0qEYkNdrDtpaVDnTq4Drw"
    "RtGpMA/bs46JVJs56xYXJm3UImAvosldSrYi8VB8JucwHR/fHysogHfnmZ7YGze7F1lOhW"
    "6qHb2T5MyARcGE4X5qyL2V//D71NlGY="
)
