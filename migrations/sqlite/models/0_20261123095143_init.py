from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "staff_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "phone" VARCHAR(32),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "mfa_secret" VARCHAR(64),
    "is_active" INT NOT NULL,
    "failed_logins" INT NOT NULL,
    "locked_until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL,
    "hire_date" DATE,
    "commission_rate_bp" INT,
    "note" VARCHAR(255) NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "brands" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS "categories" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "sort" INT NOT NULL,
    "parent_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_categories_parent__6ffc71" UNIQUE ("parent_id", "name")
);
CREATE TABLE IF NOT EXISTS "products" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "age_min_months" INT,
    "age_max_months" INT,
    "formula_stage" INT,
    "shelf_life_days" INT,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "brand_id" INT REFERENCES "brands" ("id") ON DELETE RESTRICT,
    "category_id" INT NOT NULL REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "skus" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(160) NOT NULL,
    "spec" VARCHAR(64) NOT NULL,
    "barcode" VARCHAR(32) UNIQUE,
    "unit" VARCHAR(8) NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "pinyin_initials" VARCHAR(64) NOT NULL,
    "low_stock_threshold" INT NOT NULL,
    "batch_tracked" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "product_id" INT NOT NULL REFERENCES "products" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_skus_pinyin__abd349" ON "skus" ("pinyin_initials");
CREATE TABLE IF NOT EXISTS "batches" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "batch_no" VARCHAR(48) NOT NULL,
    "production_date" DATE,
    "expiry_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_batches_sku_id_c64a3c" UNIQUE ("sku_id", "batch_no")
) /* A production lot of one SKU. SKUs that are not batch-tracked have one batch with no expiry. */;
CREATE INDEX IF NOT EXISTS "idx_batches_expiry__327d88" ON "batches" ("expiry_date");
CREATE TABLE IF NOT EXISTS "locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* WAREHOUSE: warehouse\nSTORE: store */,
    "address" VARCHAR(255) NOT NULL,
    "lat" VARCHAR(40),
    "lng" VARCHAR(40),
    "priority" INT NOT NULL,
    "is_active" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_clock_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(4) NOT NULL /* IN: in\nOUT: out */,
    "clocked_at" TIMESTAMP NOT NULL,
    "lat" VARCHAR(40),
    "lng" VARCHAR(40),
    "distance_m" INT,
    "within_range" INT,
    "source" VARCHAR(16) NOT NULL,
    "dedupe_key" VARCHAR(64) NOT NULL UNIQUE,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_staff_clock_clocked_5fdaed" ON "staff_clock_records" ("clocked_at");
CREATE TABLE IF NOT EXISTS "staff_shifts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_staff_shift_user_id_22cdd4" UNIQUE ("user_id", "date", "starts_at")
) /* One scheduled shift of one staff member at one location (times are aware datetimes). */;
CREATE INDEX IF NOT EXISTS "idx_staff_shift_date_29e832" ON "staff_shifts" ("date");
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
);
CREATE TABLE IF NOT EXISTS "price_lists" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(20),
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "is_active" INT NOT NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE CASCADE
) /* A price list applies to a channel, a location, or both; the most specific active list wins. */;
CREATE TABLE IF NOT EXISTS "price_list_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "price_list_id" INT NOT NULL REFERENCES "price_lists" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_price_list__price_l_753b4e" UNIQUE ("price_list_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "stocks" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "on_hand" INT NOT NULL,
    "reserved" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stocks_sku_id_57296b" UNIQUE ("sku_id", "location_id", "batch_id")
) /* On hand and reserved for one SKU, location and batch. available = on_hand - reserved, never < 0. */;
CREATE TABLE IF NOT EXISTS "stock_adjustments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOTHER: other */,
    "note" VARCHAR(255) NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One row per batch touched; the rows of one request share adjustment_no (and one journal entry). */;
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_adjustm_ed2669" ON "stock_adjustments" ("adjustment_no");
CREATE TABLE IF NOT EXISTS "stock_movements" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* RECEIPT: receipt\nSALE: sale\nRETURN: return\nADJUSTMENT: adjustment\nWRITE_OFF: write_off\nTRANSFER_OUT: transfer_out\nTRANSFER_IN: transfer_in\nSTOCKTAKE: stocktake\nRESERVE: reserve\nRELEASE: release\nIMPORT: import */,
    "on_hand_delta" INT NOT NULL,
    "reserved_delta" INT NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One row per change of a Stock number; the sums over a Stock row equal its on_hand and reserved. */;
CREATE INDEX IF NOT EXISTS "idx_stock_movem_created_eabb66" ON "stock_movements" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_stock_movem_ref_typ_376566" ON "stock_movements" ("ref_type", "ref_id");
CREATE TABLE IF NOT EXISTS "stocktakes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "stocktake_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nSUBMITTED: submitted\nPOSTED: posted\nCANCELLED: cancelled */,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "posted_at" TIMESTAMP,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "stocktake_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "system_qty" INT NOT NULL,
    "counted_qty" INT,
    "variance_posted" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "stocktake_id" INT NOT NULL REFERENCES "stocktakes" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_stocktake_l_stockta_5ef71e" UNIQUE ("stocktake_id", "sku_id", "batch_id")
);
CREATE TABLE IF NOT EXISTS "transfers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "transfer_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nSHIPPED: shipped\nRECEIVED: received\nCANCELLED: cancelled */,
    "note" VARCHAR(255) NOT NULL,
    "approved_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "received_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipped_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "transfer_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "qty_received" INT NOT NULL,
    "batch_id" INT REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "transfer_id" INT NOT NULL REFERENCES "transfers" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "coupon_templates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "description" VARCHAR(255) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* AMOUNT: amount\nDISCOUNT: discount */,
    "amount_fen" BIGINT NOT NULL,
    "discount_bp" INT NOT NULL,
    "max_discount_fen" BIGINT NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "valid_days" INT,
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "total_quota" INT NOT NULL,
    "issued_count" INT NOT NULL,
    "per_member_limit" INT NOT NULL,
    "claimable" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "members" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "member_code" VARCHAR(16) NOT NULL UNIQUE,
    "nickname" VARCHAR(64) NOT NULL,
    "avatar_url" VARCHAR(255) NOT NULL,
    "phone" VARCHAR(255),
    "phone_hash" VARCHAR(64) UNIQUE,
    "openid" VARCHAR(64) UNIQUE,
    "unionid" VARCHAR(64) UNIQUE,
    "level" VARCHAR(16) NOT NULL,
    "points" INT NOT NULL,
    "balance_fen" BIGINT NOT NULL,
    "total_spent_fen" BIGINT NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "last_login_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP,
    "merged_into_id" INT REFERENCES "members" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "order_no" VARCHAR(32) NOT NULL UNIQUE,
    "channel" VARCHAR(16) NOT NULL /* POS: pos\nMINIPROGRAM: miniprogram\nPHONE: phone\nTAOBAO: taobao\nJD: jd\nPDD: pdd\nDOUYIN: douyin\nKUAISHOU: kuaishou\nWECHAT_SHOP: wechat_shop\nLIVE: live */,
    "external_id" VARCHAR(64),
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPAID: paid\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned */,
    "subtotal_fen" BIGINT NOT NULL,
    "discount_fen" BIGINT NOT NULL,
    "shipping_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "paid_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "payment_method" VARCHAR(16) NOT NULL,
    "pickup" INT NOT NULL,
    "receiver_name" VARCHAR(64) NOT NULL,
    "receiver_phone" VARCHAR(255) NOT NULL,
    "receiver_address" TEXT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "placed_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "member_id" INT REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_orders_channel_c5f001" UNIQUE ("channel", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_orders_channel_040742" ON "orders" ("channel");
CREATE INDEX IF NOT EXISTS "idx_orders_status_33ec6d" ON "orders" ("status");
CREATE INDEX IF NOT EXISTS "idx_orders_placed__857d29" ON "orders" ("placed_at");
CREATE TABLE IF NOT EXISTS "order_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_status" VARCHAR(16) NOT NULL,
    "to_status" VARCHAR(16) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* Status history: every transition and notable action, who did it and when. */;
CREATE TABLE IF NOT EXISTS "order_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "ref_type" VARCHAR(32) NOT NULL,
    "ref_id" VARCHAR(64) NOT NULL,
    "qty" INT NOT NULL,
    "qty_consumed" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nCONSUMED: consumed\nRELEASED: released */,
    "expires_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "order_item_id" INT REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "stock_id" INT NOT NULL REFERENCES "stocks" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_reservation_expires_cb98ec" ON "reservations" ("expires_at");
CREATE TABLE IF NOT EXISTS "order_payments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "external_ref" VARCHAR(64) UNIQUE,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "return_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "rma_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected\nRECEIVED: received\nREFUNDED: refunded */,
    "reason" VARCHAR(255) NOT NULL,
    "refund_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An RMA: the shopper asks, staff approve, goods come back (restock or write off), money goes back. */;
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "refund_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" BIGINT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "from_advances_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "return_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "restock" INT NOT NULL,
    "cost_fen" BIGINT NOT NULL,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL REFERENCES "return_requests" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "shipment_no" VARCHAR(32) NOT NULL UNIQUE,
    "carrier" VARCHAR(32) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "shipped_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "shipment_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "cogs_fen" BIGINT NOT NULL,
    "qty_returned" INT NOT NULL,
    "batch_id" INT NOT NULL REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "shipment_id" INT NOT NULL REFERENCES "shipments" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "member_balance_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta_fen" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* TOPUP: topup\nPAY: pay\nREFUND: refund\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out */,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "method" VARCHAR(16) NOT NULL,
    "location_id" INT,
    "balance_after_fen" BIGINT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_bala_member__7ad734" UNIQUE ("member_id", "kind", "ref")
) /* One change of a member's stored-value balance (fen). */;
CREATE INDEX IF NOT EXISTS "idx_member_bala_order_i_65cd97" ON "member_balance_entries" ("order_id");
CREATE TABLE IF NOT EXISTS "member_children" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(32) NOT NULL,
    "gender" VARCHAR(8) NOT NULL,
    "birthday" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_member_chil_birthda_bc8ca3" ON "member_children" ("birthday");
CREATE TABLE IF NOT EXISTS "coupons" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(20) NOT NULL UNIQUE,
    "seq" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* UNUSED: unused\nUSED: used\nEXPIRED: expired */,
    "valid_from" TIMESTAMP NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "order_id" INT,
    "used_at" TIMESTAMP,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    "template_id" INT NOT NULL REFERENCES "coupon_templates" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_coupons_templat_9f48c1" UNIQUE ("template_id", "member_id", "seq")
) /* A coupon held by one member. `seq` numbers a member's coupons of one template (unique), which makes the */;
CREATE INDEX IF NOT EXISTS "idx_coupons_status_9fa747" ON "coupons" ("status");
CREATE INDEX IF NOT EXISTS "idx_coupons_expires_10b317" ON "coupons" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_coupons_order_i_480491" ON "coupons" ("order_id");
CREATE TABLE IF NOT EXISTS "member_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tag" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_tags_member__71e659" UNIQUE ("member_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_member_tags_tag_953735" ON "member_tags" ("tag");
CREATE TABLE IF NOT EXISTS "member_points_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out */,
    "reason" VARCHAR(128) NOT NULL,
    "order_id" INT,
    "ref" VARCHAR(64),
    "expires_on" DATE,
    "balance_after" INT NOT NULL,
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_member_poin_member__511782" UNIQUE ("member_id", "kind", "ref")
) /* One change of a member's points. Positive entries with `expires_on` are lots that expire FIFO. */;
CREATE INDEX IF NOT EXISTS "idx_member_poin_order_i_61f6ce" ON "member_points_entries" ("order_id");
CREATE TABLE IF NOT EXISTS "accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense */
);
CREATE TABLE IF NOT EXISTS "inventory_valuations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "sku_id" INT NOT NULL UNIQUE REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* Moving-average cost per SKU across the chain: value_fen \/ qty is the unit cost. */;
CREATE TABLE IF NOT EXISTS "journal_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "entry_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_journal_ent_source__fef9e5" UNIQUE ("source_type", "source_id")
);
CREATE INDEX IF NOT EXISTS "idx_journal_ent_date_0a19df" ON "journal_entries" ("date");
CREATE TABLE IF NOT EXISTS "journal_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
) /* A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel. */;
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
CREATE TABLE IF NOT EXISTS "closed_periods" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "month" VARCHAR(7) NOT NULL UNIQUE,
    "closed_at" TIMESTAMP NOT NULL,
    "closed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A closed month: no entry may be dated inside it. */;
CREATE TABLE IF NOT EXISTS "settlement_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "date_from" DATE,
    "date_to" DATE,
    "lines_total" INT NOT NULL,
    "matched" INT NOT NULL,
    "differences" INT NOT NULL,
    "settled_fen" BIGINT NOT NULL,
    "fees_fen" BIGINT NOT NULL,
    "expected_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One platform settlement file reconciled against our orders. */;
CREATE INDEX IF NOT EXISTS "idx_settlement__channel_fb6c14" ON "settlement_runs" ("channel");
CREATE TABLE IF NOT EXISTS "settlement_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "external_id" VARCHAR(64) NOT NULL,
    "order_id" INT,
    "platform_amount_fen" BIGINT NOT NULL,
    "fee_fen" BIGINT NOT NULL,
    "settled_fen" BIGINT NOT NULL,
    "our_amount_fen" BIGINT NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "run_id" INT NOT NULL REFERENCES "settlement_runs" ("id") ON DELETE CASCADE
) /* A line of the file or an order the file left out, with what was found. */;
CREATE TABLE IF NOT EXISTS "audit_logs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" VARCHAR(64) NOT NULL,
    "before" JSON,
    "after" JSON,
    "via" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_audit_logs_action_4eb755" ON "audit_logs" ("action");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_entity__893447" ON "audit_logs" ("entity_type");
CREATE INDEX IF NOT EXISTS "idx_audit_logs_created_bdaee3" ON "audit_logs" ("created_at");
CREATE TABLE IF NOT EXISTS "idempotency_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scope" VARCHAR(64) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "status" INT NOT NULL,
    "response" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_idempotency_scope_bab602" UNIQUE ("scope", "key")
);
CREATE TABLE IF NOT EXISTS "promotions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* FULL_REDUCTION: full_reduction\nPERCENT_OFF: percent_off\nBUY_N_GET_M: buy_n_get_m\nMEMBER_PRICE: member_price */,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nREJECTED: rejected\nENDED: ended */,
    "threshold_fen" BIGINT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "repeat" INT NOT NULL,
    "percent_off_bp" INT NOT NULL,
    "buy_qty" INT NOT NULL,
    "free_qty" INT NOT NULL,
    "member_only" INT NOT NULL,
    "channels" JSON NOT NULL,
    "location_ids" JSON NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "submitted_at" TIMESTAMP,
    "approved_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "submitted_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_promotions_status_a6393f" ON "promotions" ("status");
CREATE INDEX IF NOT EXISTS "idx_promotions_starts__5ad7f3" ON "promotions" ("starts_at");
CREATE INDEX IF NOT EXISTS "idx_promotions_ends_at_f473b4" ON "promotions" ("ends_at");
CREATE TABLE IF NOT EXISTS "promotion_applications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE RESTRICT
) /* What one promotion saved on one order: a discount line on the receipt. */;
CREATE TABLE IF NOT EXISTS "promotion_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT,
    "promotion_id" INT NOT NULL REFERENCES "promotions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_promotion_i_promoti_69bb48" UNIQUE ("promotion_id", "sku_id")
) /* The SKUs a promotion covers (none: every SKU, or the category), with the member price where it is one. */;
CREATE TABLE IF NOT EXISTS "import_column_mappings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members */,
    "columns" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_import_colu_kind_b6320e" UNIQUE ("kind", "name")
) /* A saved mapping of a legacy file's column headers to Cradle fields, reused for the next file. */;
CREATE TABLE IF NOT EXISTS "import_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members */,
    "filename" VARCHAR(255) NOT NULL,
    "encoding" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* CHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back */,
    "mapping" JSON NOT NULL,
    "total_rows" INT NOT NULL,
    "ok_rows" INT NOT NULL,
    "rejected_rows" INT NOT NULL,
    "imported_rows" INT NOT NULL,
    "batch_size" INT NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "rolled_back_at" TIMESTAMP,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "import_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "entity_type" VARCHAR(32) NOT NULL,
    "entity_id" BIGINT NOT NULL,
    "extra" JSON NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE
) /* One thing an import created or changed, in creation order; rollback undoes them newest first. */;
CREATE TABLE IF NOT EXISTS "import_rows" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "row_no" INT NOT NULL,
    "ok" INT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "data" JSON NOT NULL,
    "imported" INT NOT NULL,
    "job_id" INT NOT NULL REFERENCES "import_jobs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_import_rows_job_id_8a3952" UNIQUE ("job_id", "row_no")
);
CREATE TABLE IF NOT EXISTS "security_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_mfa" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled" INT NOT NULL,
    "last_step" BIGINT NOT NULL,
    "enabled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "channel_accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "app_key" VARCHAR(128) NOT NULL,
    "app_secret" VARCHAR(255) NOT NULL,
    "access_token" VARCHAR(255) NOT NULL,
    "webhook_token" VARCHAR(128) NOT NULL,
    "base_url" VARCHAR(255) NOT NULL,
    "sign_method" VARCHAR(16) NOT NULL,
    "shop_id" VARCHAR(64) NOT NULL,
    "is_active" INT NOT NULL,
    "push_enabled" INT NOT NULL,
    "pull_cursor" TEXT,
    "pulled_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Our shop on one marketplace (one shop per platform: orders are unique per (channel, platform order id)). */;
CREATE TABLE IF NOT EXISTS "channel_dead_letters" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "sku_id" INT,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "qty" INT,
    "attempts" INT NOT NULL,
    "error" VARCHAR(500) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nREPLAYING: replaying\nRESOLVED: resolved */,
    "replay_count" INT NOT NULL,
    "replayed_at" TIMESTAMP,
    "resolved_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "replayed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A push that failed too often. At most one open letter per (account, sku, kind). */;
CREATE TABLE IF NOT EXISTS "channel_platform_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "platform_status" VARCHAR(32) NOT NULL,
    "event_ms" BIGINT NOT NULL,
    "items" JSON,
    "total_fen" BIGINT,
    "error" VARCHAR(255) NOT NULL,
    "deliveries" INT NOT NULL,
    "sources" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_pla_platfor_db716b" UNIQUE ("platform", "platform_order_id")
) /* A platform order as ingested (webhook or pull), the state it has reached on the platform, and the Cradle */;
CREATE TABLE IF NOT EXISTS "channel_push_states" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku_id" INT NOT NULL,
    "desired_seq" BIGINT NOT NULL,
    "pushed_seq" BIGINT NOT NULL,
    "pushed_qty" INT,
    "status" VARCHAR(16) NOT NULL /* OK: ok\nPENDING: pending\nRETRYING: retrying\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "last_error" VARCHAR(255) NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "enqueued_at" TIMESTAMP,
    "pushed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_pus_account_6cd112" UNIQUE ("account_id", "sku_id")
) /* Per (channel account, sku): the sequence we want on the platform and the one it has. Every stock event */;
CREATE TABLE IF NOT EXISTS "channel_reconciliations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "trigger" VARCHAR(16) NOT NULL,
    "skus_checked" INT NOT NULL,
    "stock_fixed" INT NOT NULL,
    "orders_checked" INT NOT NULL,
    "orders_fixed" INT NOT NULL,
    "errors" INT NOT NULL,
    "details" JSON NOT NULL
) /* One pass of the reconciliation job: what it compared, what it corrected, what it could not. */;
CREATE TABLE IF NOT EXISTS "channel_sku_mappings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_sku_id" VARCHAR(64) NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sku_account_d19f32" UNIQUE ("account_id", "sku_id"),
    CONSTRAINT "uid_channel_sku_account_ddf031" UNIQUE ("account_id", "platform_sku_id")
) /* Our SKU listed on a platform under the platform's SKU id. */;
CREATE TABLE IF NOT EXISTS "channel_outbox" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
) /* One row per stock change of (sku, location) that moved the available quantity, written by */;
CREATE TABLE IF NOT EXISTS "channel_stock_policies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "share_bp" INT NOT NULL,
    "safety_buffer" INT NOT NULL,
    "location_codes" JSON,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_sto_account_1f9476" UNIQUE ("account_id", "sku_id")
) /* How much of our available stock a channel may sell. sku null: the account's default; a row with a sku */;
CREATE TABLE IF NOT EXISTS "live_sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SCHEDULED: scheduled\nLIVE: live\nENDED: ended */,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "started_at" TIMESTAMP,
    "ended_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "flash_price_fen" BIGINT NOT NULL,
    "qty_set_aside" INT NOT NULL,
    "sold" INT NOT NULL,
    "per_buyer_limit" INT NOT NULL,
    "closed" INT NOT NULL,
    "qty_returned" INT NOT NULL,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_live_sessio_session_fca6dc" UNIQUE ("session_id", "sku_id")
) /* One SKU of a session. `sold` only grows through the guarded UPDATE of the order fast path */;
CREATE TABLE IF NOT EXISTS "live_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "buyer" VARCHAR(80) NOT NULL,
    "request_key" VARCHAR(128),
    "claim_id" VARCHAR(40) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "item_id" INT NOT NULL REFERENCES "live_session_items" ("id") ON DELETE CASCADE,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "live_sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_live_orders_session_0d6839" UNIQUE ("session_id", "buyer", "request_key")
) /* An order taken by a session: who bought (buyer identity), under which request key, from which Redis claim. */;
CREATE INDEX IF NOT EXISTS "idx_live_orders_created_c7cfbf" ON "live_orders" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_live_orders_item_id_1193cc" ON "live_orders" ("item_id", "buyer");
CREATE TABLE IF NOT EXISTS "purchasing_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* Chain-wide purchasing policy, one row per key (see backend.purchasing.policy). */;
CREATE TABLE IF NOT EXISTS "suppliers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "contact_name" VARCHAR(64) NOT NULL,
    "contact_phone" VARCHAR(32) NOT NULL,
    "email" VARCHAR(128) NOT NULL,
    "address" VARCHAR(255) NOT NULL,
    "payment_terms_days" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "purchase_orders" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "po_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nSUBMITTED: submitted\nAPPROVED: approved\nREJECTED: rejected\nSENT: sent\nCONFIRMED: confirmed\nPARTIALLY_RECEIVED: partially_received\nRECEIVED: received\nCLOSED: closed\nCANCELLED: cancelled */,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "approver_role" VARCHAR(20) NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "reject_reason" VARCHAR(255) NOT NULL,
    "expected_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "decided_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_purchase_or_status_22918e" ON "purchase_orders" ("status");
CREATE TABLE IF NOT EXISTS "purchase_order_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty" INT NOT NULL,
    "unit_price_fen" BIGINT NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "qty_received" INT NOT NULL,
    "qty_rejected" INT NOT NULL,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_purchase_or_po_id_6324c4" UNIQUE ("po_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "purchase_receipts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "client_ref" VARCHAR(64),
    "on_time" INT NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "received_on" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE RESTRICT,
    "received_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_purchase_re_po_id_4d161d" UNIQUE ("po_id", "client_ref")
) /* One delivery received against a purchase order (posted to stock and to the ledger when written). */;
CREATE TABLE IF NOT EXISTS "purchase_receipt_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty_accepted" INT NOT NULL,
    "qty_rejected" INT NOT NULL,
    "reject_reason" VARCHAR(128) NOT NULL,
    "unit_price_fen" BIGINT NOT NULL,
    "batch_id" INT REFERENCES "batches" ("id") ON DELETE RESTRICT,
    "po_line_id" INT NOT NULL REFERENCES "purchase_order_lines" ("id") ON DELETE RESTRICT,
    "receipt_id" INT NOT NULL REFERENCES "purchase_receipts" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "supplier_products" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "lead_time_days" INT NOT NULL,
    "min_order_qty" INT NOT NULL,
    "is_preferred" INT NOT NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_supplier_pr_supplie_7fcc3f" UNIQUE ("supplier_id", "sku_id")
) /* A SKU a supplier sells us: net unit price (excluding VAT), lead time and minimum order quantity. */;
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztfftz2ziW7r+C8i+T1FXnpt2vrGd2q2Rb6agjSx5JznRva4pDUZDFmCIVPuzo7s7/fg"
    "G+xAdIERRJkciZ2u1ukziU9AEEzvnO638utsYKa9abG81QnqZYMczVxRX6nwtd3mLyH6zb"
    "PXQh73aHm/SCLS81d7xly+u1pNDhkumOd+/LS8s2ZcUmQ9ayZmFyaYUtxVR3tmro5KruaB"
    "q9aChkoKo/Hi45uvrFwZJtPGJ7g01y489/ksuqvsJfsRX8uXuS1irW4l9edb+se12y9zv3"
    "2rX6ONTt9+5Y+oFLSTE0Z6sfxu/29sbQQwFVt+nVR6xjU7Yx/QTbdOgvoF/Q/93Bj/K+7G"
    "GI9y0jMiu8lh3NjvzipXS4diFJ48lcmg3mknTBgZFi6BRf8lUtF4BH+hW++4/Lyx9++OXy"
    "7Q8/v/vpx19++end23dkrPt907d++bf3ZQ5oeY9yMRv+OhzP6RcyyCR6E00v/NuVkW3Zk3"
    "In44D+E/nxafxvNrI50J2tOwND8rVlXcGpmQhkE3NBfmRyLgLk8yYjuHCYjcMiLD8dBIIr"
    "pOoLffIwv0KG4y6TApOzlb9KGtYf7Q3588cc2D/1pzcf+tNXP76OQz/2b1zSO3QODpi7Lx"
    "5eSbKdRv6WIGarW8xe+3HJBO4rX/RN8B/VzEKT70QOzvPh3WA279/d08dvLeuL5sLVnw/o"
    "nUv36j5x9dXPiUkJH4L+MZx/QPRP9N+T8cBF07DsR9P9xMO4+X9f0O8kO7Yh6caLJK+iQA"
    "aXg0uxWdaY04sVdStr7NnV2NPqibzxRQtMqj9jNb9ZVUzq7eBmeNcfvfqPnjdTZP5UG8de"
    "q7fJt0cjH8WJqycBuObiulK9bV7apuHNPIzjQscP5faj6h/Ll9//+MuP7374+cfwNA6v5B"
    "3CwYF7gPVFtTeqLpmy/ogZio5haFjW2eAmRRPwLols9/DN02Amk1Fsd78eJvSZ8cPd9WD6"
    "6vvEok6jbhmOqTDwpooNG+yDRHPqjKui17WOYxrM9z8XUGG+Tx6XBx2G3kpsF3jl7LD0hP"
    "c8KMelqkH6vFp8DOafi2iKP2erij+ndEWi8Mn0O0ksMylzW05Iwb6c3iEcC5t8oEYkSgHa"
    "kMXTKKLUql8/MS1LClca3feGidVH/SPep2zLBKg+qfHgP6Zj4P47WD3B1cMbZcovIQ0SXV"
    "Tkt5NfjL0j7aY/u+nfDi6Ym0EFsI4ij+rWRlAU2cQeGEOXfAc0fhiNLtwFvJSVpxfZXEmx"
    "lUzvGJdG4ko4Nn1re7lNXpF1+dFFiP4U+sV99GcbdW1fMCg870bvOHln0YHFWLuLiY6RpW"
    "zI0avhFXIlkbFGBr1MH4a2eLvEJpJt91oAHHpFSQQLySZG8gv9Z0AsWK/fJGmU2j6EwSz+"
    "Ge4tdKyrCtqyaVuUFvnnKbTjt8I5nniIZrOJwXykOa0MddAfn8dkCcViUWYqaaqEa5cJXD"
    "YZGBNshgtsi6XYOTIQ66syUxwRgwlu9QQrJqbAS8s9n1GRkgNbLW2rnc8IbtsrA1ZwGxEF"
    "K1h8K7ir0OaZwVNy7E2HN/OLjKOsuYXbsgOsKLip07tdLAO1u+9NY626GKfJhuj93nHOYe"
    "cNbVmsEBjtJxrteLvTjD3GRLflceUkxBr0mjXjMvvhsoAv54fLTF8OvRVXtjaqiSVeiiQm"
    "dCJP0s5dtiBPohjbrWpZ9CijP1Fa7njMLKYw2Fppi0A3WOszexsIxgv3/l/+9FOBDYCMyt"
    "wB3Huts7c6f5alrC0e7eqYZTbR8dwg/6jZLjvrJFRmlVWsqs6wbXvfm62qBvcLqKqWN/SM"
    "qipnYAxExORHxGSrr8+y5jBOrN9mkzEb6lAgqU2pio3+F2mq1UUeKwdmCkWMRw/gfXXX/z"
    "2J/M1ocp0kyOkDrpMn2W7lmr78To24pIB+jQsTy6uJru39N6+7fg7325903lZ3RLhHLeNo"
    "CI7g7COBnmNAWnRP0cvb9emcuv/NccZGZeCgzThoYwkBO03eS7wwJ+XanB7WGrB3smW9GG"
    "SP3MjWhgftlKCAcNdiipuGlrGsj2c+BrJtxvpi9mFyfz+YXiFrY+x22FzoN6PB9OMVIuiY"
    "Twt9Np9MB9Jdf9z/1R1lGyaWvOOXjL1/oNDN6J2dYypkddGr74fj/vhmQL6hqlNkFvqHv0"
    "v92zuaZbn5QhSJLc21HA0/DcjXGo2otKY+Y2KPaZofssc792+LTP3b7JlPJTrtyJRxbWih"
    "QKnpbhtfWDPJ/YIVYyvRo5al92SDnJSrBGuhz2eC2Ea2JWOHdW6o44KA9TGst2uZ7GGKiR"
    "nWbjbQcSnxdo/qcVYtidhn5MRIw5ybKhmTK5cnWepYDtZ4ZxMl17Kq4ZWkGY+qbnHYqSm5"
    "5oLB3ta1tquPWqS1GhzdVjVejiwpWwFL1rKdpLukWHbwb4mCHjFJ4ELbMu3+y5KadQ4uNF"
    "HvJVpoKXGw+eLvP06xFoYjsv2NiRJPHVsMWY7HeD5MmNlWHqYwjU5EgIKIzhMxory5gPGv"
    "Majk1WfHsrdYP3lB2eS964dP6+xxmw/X1njGVYF15z9LUKjIBuw7lcrjNKHPEBQfn/VzQ+"
    "5OhGlEHjXzniTSPsXlK42wl4d4bTakQQRTkfc0Hv8t4DLcruXKkLrzniUISiW876G2kOGF"
    "j2oT+d54KabDVOuWP1QHCBOFoCjAOV31kL0J2ZttRhSyNyF7s63Q5mVvssOwG4vHuzZlPX"
    "56xm7k6gBLOgRC8sQ653njxCAUr5fnFi1FNRPrcOUopxI4995TBLN26toIbwg8j4a5Z+2F"
    "4b3c7VDxRql1pFb/ebGTTZ+Hc78cGEPf7iZ5bm295ugRyzAZHtjMNRsMh9CFpGHpbRl8pm"
    "VMBjKrj9qWh235RDMoesZ0C+GiVlBsaWVUsCnkiN+o2oo86kQfvHB4x9/9hlXIth1SZ9Eh"
    "701VwSOaecpQIg83c7XIHR0m0fTVgnWB+8gVcTNeEXmuRhRQZBtIRspG1nVMwJHDQr09ZJ"
    "hoadibvyKiWqKtQWSsHVbUtaogL/bSe9CLqlvp8sA1fxZwAaDmtmYHqVvN9d8YHnwjIuKF"
    "oVefIvQsayrRIkyD0QspP6AzLglhu20O2/XmymZUPSsyxzar7BnMcKtmGNJJGk4ngXZFzZ"
    "AH0AmmOSdqZDux8fZku9i35YbkWR3Ubc9rHbug5VnIAapFrGQpnM7KPS7hZ7j75ZMDTpez"
    "WqPefKyZxF9Op/GYmEjhUo30HE/C771yXB6FpJxIc1CZr4ZsL3ywHgQAzwJumthefqKuFW"
    "NyO4ZzYWdN8q09HhNIT8jTwZ15TxEU1sNb26YgwMDNw9TJQg9QnjZ2cDZBKGCn9sw8hUsh"
    "M81FT/vjhQsFrL6+EnhWDk3NL98VQJeMym5rTu8l+5ofvlkK5jn+mrEzJMQEqIafxwMPfp"
    "/HCMNUQeGQBh5Nxr8Gw5NVhuPAkwNG2qq6tDV0e8NTiiYtCARi2kxwUSJvTzl4Y4IAL6OO"
    "kmFuHU2WiJL6yNifs+soJeUAXIaJu8HampgUa9oJZ8+zeBmSAHAaYPCTNewng4pR2WtbrI"
    "pR0Vl30974yLqoCOxcjBfJD8bl7LoclwIe9DgPugyyOk9k6cLs0G6t26I0XfR9LdJrNRJL"
    "3lwaQNuWblFwE6/tCZkA1pNzapErodjmWt33FCoGQewjmNPKy58kIIY7dYj0gBgGYvi8xP"
    "DPRSLCyahsYvjnVEw4TUDhwTcYLwAVXHdCw1I2eTeGiIho3Quq3xrIr+TqWxCMb3DpLpwf"
    "8frnZhZwEa9Rts8o5TGC6LKzRpfZZGr5G4InpJrD//sf3namCoCq71VdUsluoMoaw17KaZ"
    "mUFq1rM0lt1J09BjXjRbJo7WTJ3pjY2hgaXxIFU7rBld2Vdb2UbWUjUZPyCTMQzvV4pGTB"
    "61Hc6wFuJnAztUZZEdfN5AdV8gbbR4VE0kfriwwPA1xPDgsXrVhKLxUUHl1dJxD3bly5az"
    "pBIh6byU9pOqcidU0fIipCrsZcRb8TUQE6YwudTuJ1ph46ncTKbaIjVZBV7XbSEW0j53LJ"
    "xqqaOBm1Afgbnwz1Z7L+DHP/KfpUMUI3eFugeOcgq+B5cEDmFDw/HMTF6rK56hL5G2mGjY"
    "w1MnSMZh8f3tB/WMjeyDaSTYx0ctd99nc+JYE28jN2R7uX0Ytqb8gohL/uVHPPrstW42cx"
    "0+P9dD+PStENSI4/q0s+nIYUtHnet4OMgP7jH4t4iH7MdhH9yPARBS+ZRDkTNhuTa5hHRf"
    "PomM7uzyysKZuSQNLbXLhRTIjVjmCTOwQfgMAJZu8C4nKCUCWiVi4QKhiUrmDAGbgLfA3w"
    "NcDXtJSF4LSo8xqKFmsmWmMfUTBKIU5cxGBQiBOvMYTrSWUlyVFwB7qzTamBMaAD2TYDff"
    "GP/nTwYfIwG1whsv/jjeFYeKHP5pMpuUKUMxMnKcZiAfuF4vVzwvWTE0EsI2I8ccUsRkSE"
    "i9m//OmnAgiTUdlF8um9RLwik0LAirqVtYwYRTZ14Im88UXFYrAGN8O7/ujVf/R+TkRrhT"
    "xiKtNEIx/FiasnAbjm4rozVcNUbUaybV6QfijSZCRtV0JpIaKzgYjOFO9UjCiR1+vTbFra"
    "tlzAHtuM5J2waVYF8WSd3WYhUAqINyDeWomV+/LZ8tOpoZyz4DmiAkXu6NYam5ZkOAzjhA"
    "eruf8o8aFST2yIKjpSbphiFRGKgqoGGtHjJQtbVkDEl4dpRB41854k0mqq04kyxURNf870"
    "o0Rv9/JcKeZhYMu8KXlZ9II5VBrJnc92u5h47YGYmoNs2jQq0yBvagQbahd9MBQz1krPR5"
    "m51rvPTVfvhfnCxfF9aZrea71fNoake5w5W1amfB6kMbHmsO0KcWrZss0qQVjMVXiQbnA3"
    "OBC2PA7D/s18+Glw5bdtX+g3k/Hs4W5we4WCBbLQp4PRoD+j10ysYdnyFs35nYhu0DC2So"
    "TKxiUbaRLckojjNgXGBiDlRsZCPHT2+yVuPPQh9ZAvLDolB0W5WYcbLUPEF24eEQFNrEDA"
    "eeBKOTXkXDCXTC8ZdB5ZVwXqcR9e7wqw5clKbtmOUBTe1HbIHdpfJzXmLW5W6elg1ecUnw"
    "79nccTdic62sj6CtH/92g0vEJrwwwyaXsoiFN2h7jZk2+Q/Cyr7vSj/yQDJfcJ34XyPaTj"
    "Z2yiv6G36azdJj4wL3U32n7efTjk8J41XNqfTR495iABxnlSfwleCQ48oyIAaBJQZ7cqaW"
    "PFJcHGaouNxTCt2dWnONsdRUTADGC8ScHJywdrQgqQZRmtkCF9Mp6QIX2asXosQ5q1E1SA"
    "qoBBvkloEztgAXyXQVWnE8EVrXxiEtnokX1CYn8y/KR8DFEi4kUQ2CF2lgOr2kmlSHh2Fr"
    "0Uj+A+QjRJiejxIpwTRqbxgnbY9Muv2YajbPDqr8jeuLesoJabiclsWTayNrSM2+GTiN6O"
    "XlESiA76bDimLmuIXDf3r1mUU+2fB0n47WKVYjPHDlXIyqRNCIrW+6P6iDAaMUO2BlvmWM"
    "cxGbBBmESebLE05GJRNgfpVqfk3/bv+r8OrtBK3pITa6EPfr8fTv+48stwLvTRZDa7Qpph"
    "WQv9/eRhfEs+13D0FY3FmU4HN/PhZEyjcUwTu2UGF/qsf3c/ovn88nan0fT+D5Pp/H1/NC"
    "KXNoZpk6+tLfTJ/MNgeoUMd68u8RJVH6+jG6yigDmlLQxmNcDuh1TWku5PCwuX6HMWExOG"
    "Gm+4yVmHArO7egJDTHatMdkQZpcNfTddQEXC7MAFBC6g7iALLqBq8XQsGhzGA2hEAgJrj/"
    "rUwAV0UasLCHyWFfsswadWmU8tuc9WgOqDJVKJgiSmkaMlBin5fDR+GI3OGqQcOuGyvElR"
    "L90xX1LMO8jnSVI2sv6IqSNHRu7nkm+7XWLTc/JYztZCBg0SDu5SOfzFkTWk2lYYVBwNS8"
    "73JNX0ecc9SX/G6BHfkv8nlCVoZVkC4avqTgc3g+H9nOa/KphcphS8R8BT+n06mD9Mx/Sm"
    "7Zj6Qu/f/vYwm98NxkTg4Gpb6P+YDucDafL+/RV6MVUbS8Z6vdDn0/549n4wlSYPc7p4vF"
    "o9tD5S5N5wHLml6m5F35uP8/5Hr6qvVzSKfpPZYEqzef23LUzdDTN3F/rw7n4yJZ+kbneG"
    "abfDMeBvFNwetpScMPx15bHy3NimBQFcHv9lFqrN+yw7S/mDv7BOfyH4rMBnBT6r5nxWjd"
    "oF4LIClxW4rM6PLLisKsYTSpeAG7CNgEItmEx4a6oFA94/yFjslLsavKvgXQXvKsO76na8"
    "yPKsBu0wjnhVw+4b7amL/q14H2tLcAsnljO/LSkHXWePMpUdrHds7LycFR5H7uR+ML5CVH"
    "Khzx6u74bzOS1rbDnLrWrbtNbx/WTmXqKsFf37pj++GYxGbkFk+ts1rS3Vj8E7Uqd3pFvc"
    "MuRDVEMuhxtBiXlPyjZSVfwcymbbJzrAJHemvf29xDTHBGGO2zzHxGQwDRrCstzz8ZtpQa"
    "A507yxQn75o2FyYpuQAmAZwPoaBO+yTckBuODrhOynNpynNdDJwUZaAb43kUd1a3coCm/i"
    "1CkCb7iZArl8DNzkuZNBMWfoZoDvEXzT6ig3hx/tBqtX1qZ6RJ4l0J5cf13CELQ8b0eAag"
    "GPhxTOZrVujz8PH0Ef7rvaoZVEC3wie4t2c+FroRkXAuWVZXMZjk7PMD5gE1Jgb6WBfZZN"
    "lR7ekkeccYDLkIQUpDS8UPXtXFXfIBQdAqZbj2eoKvIHTUfEANuCcb6BylxFrG/wrI7BzB"
    "XvG1ljMaP2pj+76d8OIOQXCv60ANSTmmjUySrM/aIQFwxCIbzXy+MSgrISEDwpFlEQlgvh"
    "i51MiEHopPu7BQud9DuA4GD6OQrh/P1h4AVIhs9Y6P37++nkE70YMNW08Mxvgxt/4GesuO"
    "NmH4b392685Ubd7bxRN4PhJ2+UgtVniLj8diMuQy8Hf0xWQhSistocleW//GUiLGOSMMtt"
    "nuVgPy8xzQlRmOc2zzPEyWefmeLGyUPDcNFmnfGyp9paQjx1rVT92jS2UrnwVJYoUPbMio"
    "2+bsG7hNOCsIRZ8PqkQAl8U5IAMMOd55tAvPCm5ADcNLjk5Cu3/aYFYfM97i+NHVoVOKG+"
    "gSwB1jlfwM0XWZ+AcxGc0y90AZSjR1gFMIsd08447yFroFKEC2cNsPULwPdYoEVSpSoAb8"
    "SKAHyP7hBJi+u8WS9BOAUkvfCHp2TlvCQxPR6mUlfGC8SqnDFWhS/pAtJYsk1Ygo0UbJx8"
    "kMbEhMkIqAzYc8T6t+zghlD/duN5aBDGxV3FpQDZ48SVHQmsPVGFj8bodgzkwlxKfIFBlL"
    "/wUf4tO7c6H+Q/MVfsCH/vRi/PbjLokFoqBNDesDrW6KPxVxubuqyFTVrBkjqTJeVON2fI"
    "f1QG4v3d350X7x9Z92UC/iPidcWFV4D2xf1k5hZBXuh3w/Hwfjr5ddq/u0JbVVd3pvFoyt"
    "uFfv9hMh6QUeRH4IU+70+u+xPy6bKxlI2F/tvtFfpMKyrf0nLKK/Jft5OHP2gn25Xh7GkT"
    "248P/eHsw+ThCj05smptDGeh/2NAcCdf68Pk/gq9YIKWLZE7u4U+GtLOthoxUS9KrIPqsw"
    "Gimx7H25YQK7UGWnbA1t3nr+0ZNqn37WKH9RVFjPelG4xvh+NfyeviyZOXpz+kb4+s0jSb"
    "0Why03dzamTNdU+6BcuHNx89GVV5cmXSaTa3A/ryTOk1oiCQN8h0E20md/ejgfs8xdjuqL"
    "aTkX4T9Lj2EnVol+u2pORYztI2bPI2cVfASEoKQ3k1XARjpVpuFRz+GUhKwgyUmwH3NSdf"
    "q8Q7kJCEGSg3AyW3INh/KsCeno380EelAPlyyJt47ZAfWwL9pCTMQNm1v99icoBuMcGPyw"
    "pJSwqXpFy9skk1bGfHWOqGoWFZz0A6FEogvCRSdUEcXmk2e/F6MhnRJ4e5TNfDxBoeP9xd"
    "DwjsLupkkGpnbi6uN9qU3AscKzslKNzCrt7ADjFzqZxSaIeSwsFdS7GDEDd5tTKxxSA35v"
    "hrfipSTFYA1PMSJQe/z2P7SoDtq7v+7y7sYZ7kaDL+NRgemYub0eQaqnk0uMB3mqyU668U"
    "FWwmP7hR70Q304OLJIW7NlWJCT+IQamH9mR/p+cXCrd8C7McugLKlPRIyMJMt3qmA/dOmZ"
    "lOyMJMt3mmoVyLaPoYY9pT5VqgjaCQbQQFB3aLt0veGPaYDIB6NIDdwysNMHdE8F34oG7h"
    "WzQkOLawCkRan6fKQkfBLdHyEnoyFgW3aE/GIsnT+BnTT09BzpM97YaqD+iDOqgkZuZORx"
    "enauNtFSANyXNExch3O1cB0733KFGR8kIkTgRq6j5EXIhoJOrJENGHTL1qNKIiRfnXCt67"
    "mf8YkWCqPW/LO/OykrfCE/FIBpd0OIOP5nFdzNyId7RRLdsw91eIyJp75OZhqnQMkvUV0g"
    "33ExB5ErnUQy8bA63UFVJt9/bLButvLhLYVvvkiqtw5AWcCZY+1kiYWXaSmVuFLi8pgz0J"
    "CTHh/OjVB5zZRgmYY0IA8lGQIQ6kzjgQ6A+QjX43XQ9FQkE8nYWLw42KQBESBjHuWLyQRi"
    "SAFD9KihtBMYUTecWwKEPH1mtRZjH6oh4v5uJYlYAqNlkbeVG5adraDViXj8yyXwOy8pj5"
    "GpKjULWxU/tlL8cMpDWIeLMzojLNKdB1gpywTt4WMk/e5tgnb5MqNFTHrEyF0lVb2pmqgv"
    "lzFtOyIkEMRQOOToJYqaO0jLJUMm89LQuvQumJoKV3/fh4vl0+KiXMW1BxIeRDqRoOXKNi"
    "AGwSWMV4tPi3jKiUMJg2vFMAqVb9aoYa1MCptYAA4uPUoEByBQWSiwQ+mtjC5rMbFXNymF"
    "H4JHFoTEY0llRBox0vJEu0NjuseKwq0AqCskTDq3ZeOwggzaK2IwGmx9jtaFgrENydUl56"
    "OQQ3f1mtc5TTapDcrjr0Rt6WIwHjciIp4g2blGExahOvedZ5Uq6SKtYtqhpffYktiIPKhh"
    "7ioICyAYrh7BTDeWJM/BwlhhZ+yF7K1r8jaVKgeHfqlc5TvL1Z5WxjExOCPjYJjSTdxwaU"
    "7zMr390wLzub10G0SotViSFvBwkkhIO3ltwON6FLXj1TxaqET5gpDs7hcpsJ2JfZEyKufQ"
    "klvmqMDQDjvXpMza3Mh+hBAJYocCFnCbcgS7ACTHkLjbRs5RaF9vC+ZmQyQT2vM9XzqpfE"
    "C0M2mEReNKAjj8yLh5AAo9epg6mXw+hBDlNlGhQ5PgzliWFq53Whikg12IYqWMGd7UKlEH"
    "OtTLC7BflJJ/IZh7ThUhbYQQ42kRaYYSLimWOHncdiaBvIJ5oMTFvs8HpXZeYKVm41CW5q"
    "P+QOh6/fbgiWeKbpEHkHjloPpje2YKnEvo6md30C3QYja2PsdthEsvVk9RBZPOs1Ih9nGs"
    "9E8NEwVhZSjC1G9KejV75GhQwTvZgEX2Ss1697aGvoeE9GY8sdly6h2MgngvnTLvOHbnGc"
    "0QyhBIQyJDyR6VCGvCKJA93Zps6DeErfOaol+tsUDma+KOZky/77A9m1B7dXKHzGQu/f30"
    "8nn+hFf/8g16aD3wY3/sDPWLG9azeD4SfvmttF1L32/mF8613z+nInNy1w4IvpwPdDpkr2"
    "bwcTF1z2dU2IuC576MUm2qwHGBXsxVamwVWWOPjE09vqRtZXWomYmJQcgAsxMRDE0XZmqy"
    "BxmNpBK0BY9O53WadOgciOw2ZaAc5iR3akzp0TOrU12zWqI4DHFibUJ8kAqU6aP2wcxWD4"
    "o02lssn9WAcriAvqlK7TyyHGw0o4fOx4Qgwo8qMUuSKbpsrSerJBjogIR6dWDzDdkZ7IF+"
    "BcyQkx4YCuvpKGX/a2BIEWlwQCrS0EGmQ6nZnVSXTiLghtQgq4HeDLgC9rj0XXO4kvC17u"
    "CoAdRR4lKLaJrTAjxg5Sn86U+lQp/QMFV8sTQFkZYklMjxNBkCUmIBsEWWLQpaNyTM/Qzw"
    "caz9SwpJeyrWz4TKmoCGwTkGXXMLqhrsLXYSYuBcgepwCsiA/xRFMq6o7sGMhF7anEAoOk"
    "u7qolqNJd6njrQJ8r4PnCIpt9ExvVS7jtazRmRnotrm/YNi4sfu9PBvXD7ZaegISeVVNta"
    "CtezHRMVI2sv5I0wORjLxn/cVClk1W0uq7Z1lzaEKh+2j0iij7r9M5imUfwrCn/7w4hNs9"
    "qV5YEW0a8M9TDO08G0YwW7sR6yXbIidrk97h7tIbFRNJg2nYmAzemDJpjYFsmzvRXMwn9w"
    "/35MUyds5uod/3/7hCO3kf5CQGGYkLvX/728NsfoXk1WfHshf63WD660Aajq/I3mQ+YknV"
    "g2uTh3lw0XDs5NZWJGQBMhnrrfR8+a4IvpfvsgGm987vZz3uTukeNxsLJeZbsNU1Ajr3Vl"
    "9zABPUfa91sz1fMEvb1nHlBKxnj8hrm2yc3DohUxx0w9K6IUTE1ek/g9z8bzDItExq9un5"
    "2K2b4HrJ+ubTL9sGcFGqMzvp8txc581GTdB0sRu9AuymQkeanhYAITyderl7OYSh++8UrN"
    "mmTTC+zSxVSdOm+hwjAgcz1jkb3oOEcJZjERYpm0NKMUhL1bQ3K5kRgEb1vQyTJiKTp+lV"
    "g3ST20QOtlRRA20ZtGXQlkFb7oa2fOYOxzeGs3N/clpb9u7kqsuKO6ZoOWPkDUcb8s3Qco"
    "8MHfve+zfoXxb+8i/y5ehfVtSr738E9fXT8Tbe7jSyPtArbwm87qGXjaps0FZ+whYtXJz0"
    "qjX1uQt9h83vPHmkqVvVRgQP/J0lr3F2AELwXHcDDd8C8qVOC0IAU+FEU0Ehi51Hlw3GC1"
    "ft4fJtAVX28m12Zde3qRx5sriLL1h/dHPH8fetXrHdqSudWrJksGPx15R+GD/MaP1nT3qh"
    "+3+5/z34/X44pX/irzvVbEtt6GdZU8kRbhqMkNR8iyMuKaDF0RELI8Ak18Tw1pxVwrCMSz"
    "YzzS0x0Ds3yxC8U/XBRbfuMhWmrSqpmJa5iEV6YyzDMRUu5fkg0SARrGiyum2GDa5exQBS"
    "Mxt6IDWB1OQ5jwIKhg/XhBQge5wujnJdJxLGHjk5jzywY1AXJY4Ty6xArh6Q8gKEsMSXdy"
    "Y7H30BjrH0UrCUoDBNF+0niGo5Sz5E9GtxYJwQEy6+pZaOb8InFPbvJg9jmii4NRzdXui3"
    "w9mNd2WlWgq91g4C2/t+/FkUcTlhqgQ1nDsRrAVpueM4LRNSDfrL3pL/tfrojChP5L0Jge"
    "Je3ixpWOTlFrm9MbG1MbQSDT5TojAH5ebA8zau5D3Di5yJflwI0rOyYG2F+7dlSHeEii3k"
    "5fDmymb00ygyxzaroQbMcKtm2DZsWZO+OORfPLxwXEqYs6my7VG1LAevpNDcKcoGJcQA2C"
    "SwO2wGrRDd8FMOcFmiEHGXyrumHmP3h6b1VcPQsKxnuFyjcglYl0SwLlwDkrPZff56MhnF"
    "tvjrYUITHT/cXQ+mr75393YySLUzFFTVkmTFVp95AY/JAeDFAYewguzNRNywAoXMwqNh8p"
    "bqiEuBJXjU/x0gVoFv9ibyqG5hXNQ5m1he3O7ZaCpHmKSUOEM4GqscsqE6tm9l4V1rSxU/"
    "dIDhtz4EFRwrwgBuarHc1EFpDc7EqoSYcPlV1XvvdFV54o4JiMgI56yuPipAfiar3JQcU+"
    "MBOS4lHMy1xATsCEZcKzkUEK/aZ30ASxvZYtT3P4JyKFUJ1C3ak6vfMIwd1llaRTbCBwlA"
    "9xi65FcanPBGRADfY/hq+BlznXShQIOHnG6YW1lr5qirXmnbGe4nFTc7DgLgCckqBly6DD"
    "AElpwW3OP6QK0dLhNlxRCGeSg3Dx3JxOzqnq3Jli1pxqOql3CYpIQhGKTNwSDgGct+zcT1"
    "jDm7VclZj0uK9253dNIZ77r/7aNEtflIZo78UoM31TopCE7RAjUkQ9Aq8IsWzlltGcjFU1"
    "aTSyzmGCVfA40fRqNijlG3Ts2JflG3Y6o4eDPNyEiPy/JAJTtsduyQLwRYtGz+Ca72oEy/"
    "kBBBMMIxiGz58UR8vFNgLj+KCpFH/lWzMd27zxJuX6o/vIWur8wIF3/xHe00Eiz2agNdoo"
    "2NySdALeGzRr7Y3looysH5wxury9qYY6r6niPAymRD300DHcqgtcYuhzJSRW3ylvZ2iGp2"
    "DEUlofgdVVXSSufxng8THSNlI+uPmDZSiLRX8B72Bt0blkozdZD/WPSi2hv0r6BCsqH/C8"
    "kmRpph0yYLsu1X+kbvh+8nbleFWKuH+j/uiLIVlKGhHadPUrryPKSC6V2NOEWztTOy3LkS"
    "fMPxcIowXM7C13Aa9KfjK4RlU1/os/vB+PYK0ViF1UKfDj4NprPBFTLxMzYtTK/MH+hoE9"
    "sOHe+1Kwi6FSz0/u1vDzNaD2r12bHshX43mP46kIZEwuV5JVUPrk0e5sFFw2lJlSiiYFp8"
    "VdEOEuJFF1wWaflHRmUDfJlq+we156venui5zLVg16VXa8s8HnXHiB5UKLYpzgY4LnVim8"
    "qWIZ6DMKNNZeBsktc2y+w6GrIYyoFakpPYvuRNck7KgUcfqgYAC3cBLBywcF1h4c5dzL2v"
    "eEWrGBRccKuXR7/J3iDIh++i6QEdRs+RAQ8V8esz9Fx0mOAeZ/gC2TYDfdGfkTtXSLYsbC"
    "/00bB/PRwN539cIU2Vl6qm2vuFPvj7g3sJf3Hcvyn3N37wuT/dwS7XNxjPPLIP61aqLXVz"
    "b0ZKvSgSG6qp+qmBRb8ZjqnL2kjVu6i5nyWwaKiT1WMb5v6TrDmy/5VTWgNjVK4CoQbjpe"
    "dAoKD77s54Jhh9Jz+TmXvESCEWBNphE80+PiBZMQ3L7XxOXW6qfoXo093cSfR/0Rd7j1Tv"
    "LplR2xVN++tqeD6oOe1Sc8hEcaDqjxYm4bPKouJOiYTmmJgwqDadRvvk8NEcB4FqIO/8Bs"
    "GhgqSP19hEpGdhouO5Qf5RkAiZec/o1BQU5UAO664IAXKSpuIrd5nBRbH7udrJZ28kV1wR"
    "ZzC0l9UuBdaH/ydBCkJ0WrThZusQdGnsJZ2RIJht00dlhKNMqo+kDlysRR23wfgTXbYti1"
    "fnc9lu8ZZrSQbjhQt+qaUwXWLTLgpyQqzNTFNrXv7DgcgP9Ak11NoNc/XMKfjJs6EX108O"
    "oScNVtgPMavAZf5giVTZoJesr59cXicUkgBnQQbotToLopBlW+ABoscN8HAWj/sF+miFl6"
    "qNDBPJiKyklWq/Qbfk6NEtMgJ5m5iFyGpCJt4Zpm0hxbHRVjYfVR0t95Tg76GgxUMPWTZ5"
    "OZGsr9zsHR1raVdBMx9ZsfcAKIKmKAJ3cfDz4zEx4MfL8ePe28gPflwO0C+HPjA3F9zMjb"
    "/l85i7ERHx0kFqqGctm7bOilzN6SlwEBEP4Rp6kHhhoXxGZVwIIrBZpxl0w6sHWM8jw6sm"
    "R6VEWq8NawmaobgWON+qTkjBqj5/cIiAcOYQejiIHziRy0uGI3RszyhK6kU3y4wQEIYKUQ"
    "G+kUQWQaGNa04FwGUGK3EDWyxcqWWbQmXxSiy9rAJQoXtuGt7gqK8A3lHkUWLCm9CLWpVu"
    "eI9N1YhT0/E7vTxngKIZFl5JO3doYW+AJ4W2hm5vyBcy3PJae7SV92iJkdsJAam6pa4wUh"
    "lpAGUeAHH+7Yrzd6eOh+4JBYSLzssDMqB6fslken5JhY14r2SJqJGoIASNdCpoxJs67piR"
    "hBhYmMdDRgLIKlB8BI8YSSwu7oCROrWeGbZtDW+J2pAVD5EYkasFWeFYvqgIOphWHqVpiW"
    "tVw260go7comyHixpe28hw7J5XffSF1hl9kS20JgbmiqUdVfVYiG5oNVubrVyZ5PBgpT9k"
    "wn8QEMatXp0f4quN3YAnvnjnhJhwQfw1ND1vZfnKzikvMbe6Jttrw9xK8tZlI7ljbjIeIM"
    "wu0bBbbY1LJGVHhAD3kinZroK24sc+IQj4l8PfcMzSW1BaFmah5Ftgy7bDCLzPSdoKJQTM"
    "2LososFcZmswlykNRjdYsZU5hcQMZmxl95XDWjI8TYczHOUgIFIkUF3MFkGrCgd0SIVMHZ"
    "FaTvYS7NZhbbWphU8c/VxWy5+eQqQW+bEcDXwCmwEdnuAxTiYmsCrkv1ZIfiTYWpR/Mj1e"
    "ymJ35znhWeDxa5fH7wxB9C1LOqg7iJ6+GLy1TKMyoIYUUUOoB1Ram8aW7V/NzqIJhb7lvh"
    "UuEDaDmz6Cnc1ip78p5FzPEsHBlhl7aHZIdlxKGNO5Mop0K9vKBnN1JThIAJyp9EJ1vcYm"
    "JjYCg2jIzquNSwGsQGC2izpbY7KLlmHuLUD+NORpPXTFLrP0k5IwA6Xz9aEO1bcXUgh1qK"
    "AOVft415bVoUpHCXZsBztLKaq+s1LtkfF4wWCow3u93CZXdJSkGY8ta3MFMY7VaiHZdLJj"
    "0fA6PrIzKiMc2VlHyRB2hl82wAcJ8fj6Gnog67Zq7z2MOEBOiImHdPUVi33IOCN4o0KwXR"
    "xdzku8JrpqGuHfZpMxG+GDRNI2VBUb/S/SVKuDxkIOrhSKmP0X4Pnqrv97Euqb0eQ6adjR"
    "B1wnt2l2C/Bs2LN6fwPqHKg/qzLPZuIPb3AbkXdqMztJ9Y7sbjFOjR6U4hJOVDnno5oiEk"
    "AyHSWZHKuSzuBi00uRJdWqfNXhCm93ho11ZT/FimEyC3akB/Vy+3wehkumO76eblqK4Rkq"
    "T3gPHbS6Qa6Ec1Y4USAQEDBPoHpLib4JHOD6wwWE9vvLd0V0x8t32cojvZfIE8Dkl1q2tJ"
    "EtrgozSTkB8a5+KWflFGUHpGSlFH27SRnxxWvtDL//e1F7PipzkknfNnCbtum7ZXdCpEN5"
    "wzNlJ51Hrb83ja3hT0W6/l54M1eN3wXDWuYK/VZU9foSZshc8+gvwXjhCuRV7w/idRw37z"
    "TusEr4RH4XG9yB7mxTNFPc1PFl2wz0xfuH0UiaDm4fbubDyZg8lDxCMvHKcb3fC/1+ML0Z"
    "jOfS5P37K7TDpkJzKI31eqFfP/whjaVfyXPvrtDS2Uu6RDZbabvQ7wZ314OpdD8d3gyu0B"
    "Zvl9iUdqbqY8Sb+PS2SN7T2+y0p7dF9fxi01p/HYHU7nSxMuW1zekBubid9t/Pr5ArSydy"
    "fDsc/yr17++nk0/9EZ1NfUWmQSLHsWk8y9pC9+4Nbq+Qdw2vFvp08NvgZk6vmfizG4O80M"
    "mj6AUi76WOnH9K7Q3RoTaGViK0OiUKsdXlYqvLFkWBgihVoG/iHWbZeteGoWFZz7K2A6EE"
    "7EsiVRfu4ZVmrezryWQUs+KuhwlQxw/03Hr1vbvvkEGqnYF15ByUljsOcyEtKMxyr4w1oq"
    "rEF5tBKmeiGpEAOFPZXibGnHhGRQDQVJKtp88alD/i220TkrDlcmy5fvkMhtaezSVHZZrn"
    "ki/+tnZ014oi1pGq2apuvaGf91+cenxrGeZIJxCuaUnKwdRUPjXERjVtqwT3HxMUL+SsI0"
    "x/AFJujBmxvsvMcEQM5rfN8wsFGOusfGQ5y61ql3OQJmUreI/aGWIoxHsUUJklJjohCvPc"
    "5nn26GnJxLLFl+iXEoQdtMgOCgEm2eiLFWASy2zYrUrOelwSZr0ts87YXP1vzzhDeSuopA"
    "Uhu4VBbsmxlrUFsU1IAbDZ5Z6g8E8ddfxCM4gXXoYkAHy8spIMXcBr7AIOhasqL1yVtVsA"
    "wEcAZmyQBSCOKFuA8BGE04rpCcXXyMM01XNqnViDLYyT7x8e2UFTKLMSW3S5qjbeVgXXkD"
    "xLJJwaSdSIrrG8nI3EWiyQviEl34jj3Vb+QXv2GrRNSvAQZMnkBSXX3MtuN5QrJKOVaik0"
    "YNBvDay7XYBNrGDyrHTjleoeC9X1Wh0JmZ17AgkSddbV61jQryCrHWh4cQnZIjT8OfpLt2"
    "56q24wHWovXLgmxQDb41SWuxYrsFEnwXM6Bm9RKzX6zrJ7MzIXcAXIxhK2BUU3+eZmkIRn"
    "Tqd3Tds88yywfYvYZaHNfdwgmxP7Z/bxwSK20cF2UoxnbFrolU5spyuEyR97OqhH7CjXYA"
    "po19c99KLaG/eaF/aO3ARQ9EJMJ4xUG6kWtb/SBltzH8us8BV7h6wn57QqX9+KhVdb3QB3"
    "9viti5iYQK6lhm0L0Ihq9J4+OZxO01AA8DyuYYIuVKEuxNQ26eF4OrYz7ymConp4Z1ulW9"
    "64m8odURi9H5nSLeMDcnVLdbszTNvfp6StJ1JQxez7XLwvhYw10fo0/Cgre7cz+l8s5D0X"
    "bbBMm6Ej20A3przSMPJ+ag+Z2LHII9a+Jqjjr15X9bRmWfunMRXKoAqMizAok+dUJsERAJ"
    "WSyldKup9OaJWk2RW1S2l9JGuhz+aTm49XyLIN5SmoezQLSh5ZyR2oyMTU0IDAhZkvcfog"
    "0o7kXPqxwiTngscm+10Q12MDiROizXpW4kTKKj2Pkj90FfPfjOUFQ8E/3Cyi3H82llCQVS"
    "xdGNS1lqpr1JrkNVSiMpC8WiR5FeuKsfK5jaIoR2WEQ7n6hdz2KqsMqJUNVp7wihPxi5sP"
    "g5uPtCCqL7/Qpw/j8XD86xUyHV0nk7DQb4l+cYVWho4X+vv+cESHr2Xy3tLRkxH5W7ru08"
    "3JNDSNhqUTHaAdG9L2wAIWtR8jImA/Vm4/2oYta5JpvPC0KokLQVW/pDvOeOJFNCIBcKar"
    "0Xq1onlBTckBtEloPZuMH9qUHECbKj0r28pGstT/x9C+s6vPxoSaA/XybVdgxaZpMKI9cz"
    "TtQEA4NRsq8QC1GBtXnlBeq7pqbUpNe0IU6pq1h0FOz3PEICwx1WlpmO02zzZUrGmwoApU"
    "/Ki64keRagmR/tyJiG6OzH/PgXVoDd4xvaRQgQS2gVcCJbLXCARR/U7TnLb0iWV31HXK04"
    "z+YqJjZG9obKKsI+8ByH/zaKYL7WdAvnUPqbp3mXKcborYX13amEKAHH1lYItGJ26Rjl+w"
    "RQMUTYtRGqH2T4OKCa3O88h2DpONhygoPLRdKAC5CSwCRLdVe++BkgI1z+EYE2uzu70kHV"
    "J9N1QfM979IyYm0hpuOGMMfyVfgcdVGAqAo7ByR+FnY8lnRB4ERHoF6jIfP3vRcyfajbFI"
    "vI4BXNR6PKwrdlrZOQMkpy4Rk6Xoe5bTcS3ft9SqDZD8M1hivnp1UvYQaM+gPXdn242HZj"
    "BWc16fRU+gwfaK5+G2K+yuWKZpCnRL4fHR0t2CRy8OxoNaXLlaHATCcO4qUTFo3cqxuYAZ"
    "AmYImCGZZsgMK46p2vsZtu2McgzJIb08k8TyB0uWN/qMmVtPmOFZzdYp/OHVKBTnNURqSb"
    "bPNjmeZc1hUMvZ6kUo0Lx+cR5luRZNAnJ6s9+AbgbeMWJ02pTTO7Pl9fpuLTMPieBe/ulA"
    "R0lbfxjk83ZJCcw7Acipb2LGNjTHX7PqyYUSQjgW8zaYwe/z/L0/3F9Gk/GvwfDkgZB0NF"
    "IgeI3IiBTYkBw2pCZbtmTZeMdHbMfEhMl3adqn663ZElpOXBICj9uj1GQHHkMSiSi6bKGq"
    "RBZvG4mIRDUbaufVspNsg/hUpOdhouO5Qf5RbRR6uyahKH8XWXoFCLzTKqRuZF3HWl9xe4"
    "JdsEqkxkf08owuxRsryd7gotHAjomsjbELWpVtZfMJ2ztNVjB6RS+4N3e0xr0m22vD3F55"
    "8bkWkk2MvLl177/yv0AvHOkNROrq9WtGYHCDHwx2ZLvsyGCeeHjbqIxw5G31BVXaX4a2IU"
    "d7Dd3odjuJ0+kQERGCB0ms3st3RZbv5bvs9UvvpVHO4pvygRaMc2ogboSoDNiyyPn4xOqB"
    "koN2Qk64zaMWtF/wcmMYT/xwpwSFw7uWnWQpW1hyTI0H6qiMcCjXsqot9VGXtkS/NjJKfm"
    "Y4COJiwmFdQ8lDYhcx2ZQckA8iwgFcvX6nWsSGttVnhv6cH7sXlWvQ8RKYLZ31u+wcayOV"
    "c3UlRQF2Htg1TVIc02LVzcp26SbESm0oHXKx1OHWpRCW8oLEBMHVBa4ucHW1zNUFwXqCzX"
    "oFwXqRBB0CAVFdbdvvBJDQdDiK7tySJ43cB3VwKWRW3Ykdkj7hL3len9PguvcfJlov97Qe"
    "TWva41PRIg+a0eeIilS0g2R5mGZPTqR7pYg47QxNVdRTl9OMtkK5p4/aiwRUnTHYke2dER"
    "YQ3/yPhwQkj50iTVPpZoLsjWwjr4MEsg0DGWsb629Q30ZbcoK6fntjh3XkPdvzxvvxBz1k"
    "PTk9RNv4MLz/NTwfCoG1OtSzTJeojAyuxjtDXbjNnDpLGDfcBL5lpELVlSJCvTQL1+MxLF"
    "ImwsDHp/n4LzYj1iJz8fqjYeWmV65MDtHtzubp5xEVESa1AXpOVP/a//T2bYH3nozKfPHd"
    "e53v7kbVVU7ELyb3g/GVq+gu9OngftT/w2vrhsl5sXcbu00Hs8noE23nZmLL0J49Z9f5VQ"
    "vvK0phdHLBXSUpBjtLulYSRagUkZwQBS9Re4jjtL8geJ1LzXNMFOa5zfMM3sDsrbObfiHw"
    "Bn6Ls57lDUxEU1PFho9ziQtBSbI8nYi3bVFaENiBoxXfZCVDq+eu+pZOYuzYQi6aOhp/h9"
    "nZoxkLugKYxe4NlX6HuZtD1emvi8cXMFx2qQCE4147RgBEIcddPAlWthDBH1u04c4rP4OE"
    "dt6hoYSve7SpDnJDBpBqow0ZTM5lZUOb8+juveBpPSTrK/fKjSmvNMzy6DXywQvdT+610R"
    "IrBOQ36CGSC3wQSycDX7mPUVd4uzNsrCt79IT3yFj735MgmOVI/DOefhqbGLocoWh6JzyN"
    "7cg7PrfeUDMnmH47SqAdExYQ9uq9ZHlceYab9wz8uAjrmh9phqhwDqAaumw9Y6JMb1nBZ3"
    "lNtiJSwvgVGi7GptqYBXt2pd9Q4KRKv+00TVgw1lLo1zZsWZPWrJzwvAUfExOI2Gi6ACH4"
    "8uvtTYI19RmbzGDizLUdFxJmO6+MErUMx1RYiOZofQcR4RZu9ToI+O2yoe+mBwf8dt/irI"
    "Pf7nyHVDYPlIlqDvvTZZUWfHWt8Sfx+uqMwG9zIsBFE1BbtoCLwhp9cdvloAtTWlnOuWi+"
    "awHHXDzP9rhT7j5SpRZF89d8l5SFySSTZYNeyP/Jup30gYUuMJoQ57nL3qABMYz2yM1MQi"
    "7plXLJNfOxC33pbHcWIr9ZNYnqQ576VyR7+X2Ksd05BCb3KV8c8hmqvUey7Wf/ERXI/QwT"
    "K2ThWMGXop+lGORz8OqNO9J7Kvka2n6hP9I+yORnGEQUGRr17XmfRf7UyTcyERV9MVWbPJ"
    "xceaFXdJzt2ovsnn5eDrjzWkTR5LSjaTixrW1nXdWKWuQN5lvWCUFheJqGKcjDVscHf1wO"
    "0D8Jfb5sw7gQmCoMirJ7OVw7rK/8oh5caVwfr5DxtNDvB+NbN4HLfw5N35pPg5wu2/RSum"
    "4H/dsrRCszJPW287i3ITm04oXvtgXj9irFpYRj6GtxLen4qy35i7EEZ8sQh2Sq9vC0aXoe"
    "6wRSp2SzuJgozHOb59lXrsqUSY0Iwhy3eY7B1ZZ9coKrDVxt4Bdqn1/oPB6MKSZfXlE11a"
    "22OHX0C4YnIz2oV8SjYcbEirYO1DHayZZFM2gocx9/CPpsLK/QCy3w59L5251s4lUvcsUk"
    "Anb8kqOtkG7YjG6B9X4WNAhsV4NAsh2Z5bSCuCRoBW3RCoqEXa1VXS2p8SdEQedvj/KXnm"
    "fySx8fWdEU2bRYRKRBTmyJveXUxXQl68mxJGWDlSfM6SKNiQGvm3ZoGApVBL7y4RqXAliZ"
    "UYJlVmxaEMDNAJd30SbFAFhm1hCPz+wgAGCm409sWdW4Eg8jIielHpbTD/62dnTFNUCXjq"
    "rZqm69oZ/3X3XpDE1kJKbopPOwHZHeGgyaI9554zi/QQO/oj0/CpAbjolmHx/c9eMVJZEP"
    "cZGOTqMOo6GSf7Hc0eqKQV2c8qQCAYsXBMfYtWSV8ZOiGYHKOJHK6Gq5+DohhwauMag730"
    "kUsiSz17q4dB048WoiGCCs/WQ8wSnatFM0sYIrgHfmPUVQTA8vbZuczG6rvoljL42vFyy7"
    "K3K7V8TwMg5jC/mTTePFrePo5ZfRpzxi6vN95TZ70wzF9fe+9hrHbY1n7CWoyc+y6i6IMM"
    "msh2gGmI2Jab5nepNr+aSF7j7ujYfvFuv2G4KRtpf856tegp37F/kuZGHIuiW7FMIbNHf9"
    "2pq8R7Zj6hb9hrSEpm14+W0vhvkEje7an1EC+WqNRdj7LykfqAkpQBYMOi6oxTLo2kL3Rl"
    "oEZ+kdhw7CBQhf190abV98XP/4QDSCraNsqBZgOGbkqPd0BBkFufRbckZbWNPe0GR696d4"
    "CfW+nvwXmgzvLjuaCE8VjRfV3pD/9PXimC7SyKcudJoTb6rkF9Pgt7VhenrN7OPDm1DXIW"
    "8xve89GLtp/h4dFo5Aa4z9NH3/SxUnqYGEPmc83UY2sbTc8egeEZHmzsjv35L/tRrkCKjy"
    "Gtt7aems16xgpmxkk3LgCc7U7NwticchnJaEkrTlS9JCdo5oeiBk53w7xH7LNi/g9Rs+Jj"
    "rN67ds8Xab1h8RKy6zNdXhZi/PtKaVuPlaUel+6yVbfnLZcWqLYssit2myloGWhvO4sdGr"
    "pbN3GzRhl09/3fOjol42KjGLTVqkzrJpq6YeWpvG1r8+xSvVQoomq9t0zFWzH820f/2Po/"
    "fdD6H/4T9QIg9MGcR/uk0UDsP/CSR+K0n8cDKLRnGFAgLGbr17WyB2693bzNgteivZ5PPw"
    "inCAnBArBXXLTpxEgtDluyIZQpfvslOE6L0EzU+3MM6gxKhMNSv6vJtKDOUfi6znH7PX84"
    "+p9cxXTu6UOnKt2ym+aZ9Uo2u4m1REkRhDqhPx2cwRCXiNWlKNX3RMfV2fk9yJCQGuxxme"
    "iEl1IgVBTd7Z4Wkdg7kwFxFbYcfpncAArQ7cof9EQQGOnDXt6yDRVVAzW0i0gEML9owMFi"
    "2ypRzh0fxXsxiTlg0x1C1qV5yFrdoaI+ssp65JICAgOdRsj+s21BJPLeULS9nglaPhYOYL"
    "FxOf3XwY3D6MBrdXKHzGQh8NPw2uEN1BFvpgfEvvYvLpLSkh7tbessoW7bLEjRXoiEHOiA"
    "1IW+RkvZWZ4oiYeASMSPPbotJ7LSPkRZpl99Qo9xrDDHdihrtFl0PoXjV8eTB3yz0fGZmS"
    "g4AzyDdrkkDXNF6vREwGUC1Cn1PAKmAgHyyhCcjYwooxkFOyPU+HN/ML5rZQBXUeeZSg6C"
    "a2wwL4Hs6m5tZuy06youCmjnHuHszJmqFpyK99ufcfp1gLV2u2K0g0f0XKZVYBRmK6y/7d"
    "kDvGhS3fJRMgW8wtI4XTWqxqCS3YaKwPMcZv0L8sQ1v9y+1YjdyG1cjemDTm2E2efXTIz8"
    "cr9HBPbYagp4UXsbyWLRvtZHuT5HTr+6SF/oo+BP0f9MXeo7/9J/0XgcKWZEtdkZ/sfxay"
    "bFXTkLHDut9AnPpBlrKFv6PjvM9C8iNZAeTBNOGYnqTkyxcKkoYk4XM7r9aabG2knakqWF"
    "pjhjqTF2TOEBZJJ2+4F3HsBeRY6ik5keagOmvT0LgMTX84pGmnWmYTM8lNb5A0dasyiMZM"
    "TBmSAG8q4lkzLFa9/twitgehBivYhlc6W8KW7pwmpoXXuDokJMVgEUNsbEO4QjG5k/GEWO"
    "OzxRpDidjSueQHlhRovJaSU/eOqWxkKzvnPj6gl0dM7fyhPLn3EDHcpmOml0O67KgvP41r"
    "TlOQQEC45NsfLgsEpP5wmRmQSm91PV54Zcpr3paTF7fT/vv5FXJlF/rs4fpuOJ+7kcPOck"
    "tLU68Wev/+fjr5RC+Sncak5awX+nTw2+DGHWjiz25/ZCI9GJNHWVgnT7qZjN8Pp3d0AJm4"
    "tWpu6Yj7/nQ+7I9Gf0jTwc1g6D5zJ5u2KmsaNYYUrPpPD+4ert2MJjP3ca6RSv7uj28GIz"
    "fKWaFzoAWR0pxL57JI3vZldt72ZSpvW8c2PwkaERLGEGyY+XyWS+AeEQLcy+FuG7as8SMf"
    "EwPsy2Hv78imZBp82UMpwQZ7I3MeUiV1gho2dsPmwjgYLx60P/1UBNuffsoGl95Llu+hig"
    "TRAmSLRZ7kFfBJCALeRfDGX3eu4ibRcOw03jTQOyOQPymYF+ddAPl2BkyxkKaBEJ0uLQOx"
    "8leVxMqH1lGZXKeELOTCtDkXZoUVtVy+U1wSZrnNs0xJizKv8kEM5rfN8xtyUGXO6YQszH"
    "SrZ9qlB8tMc1QQ5rjNcwytJUTTuRnTnsqXgPzUGkOCAmWVF9yUHIALyb8NRrI5u52mcqf/"
    "xqUA2QIxbT5kaZT5A68ij+oYyIWjr+ILDBKBIRG4O+AWTQRmqw8A7xF4UxrTCXnWmqqzWh"
    "zyxGfGoglH5HkCbRsJ96KCyaNPhGvqPUUkkBoLZnVX17GA1mAJFg1qlcJ3oNrI1j+J+Uqf"
    "CrnF5w5zhTYoVVlL5HfZZZO007IiQdx0xJz8VaIg8bXVTkg12Fn7h8401vaSKr2YYb5dIy"
    "YmTDhixcB6od7cwB7EANhUIrzBR16F40XafyG1tUV45tCAO0a+Ebd9n0pg6xjGRS398E2F"
    "lNbWpLT6LIBUAXPiUwGicSYN0AHke82wbXtfL4sOiAzqFaADyDhavoiOL1h97WZDfvZ3L7"
    "T82OEZaGdoqrLvIUPHyDRe0A6btIkzemVhjCgKWF+9OYx/441/ne4jXf3jT8i/5WyJe0or"
    "3JaRE7W0lckmK55lzWEE0/82m4yz8s98gWQwiqrY6H+RplpdVENyYKZQxCJOAnhf3fV/Ty"
    "J/M5pcJ0NJ6AOuk8wGRAR9IxFBKeU0+9Sv8yQL/ACM8yviIihAYkfdEsUqhpJnqc/Y3Ie5"
    "0WHdTDk4aYIyna8o4GSAbSDLNpQnJOvuH7QAp4ZXj2TIywbr6MWkCQk64xRr4gNz2HdFU2"
    "mItYnXQMKflYQP9Ga+ghNxKeHUieqrTkTWOwfMcalSMLfMmV53N0CKj3+cJwzAvPqIEakG"
    "CyQG67uz9RGhHgbUw/iWcIcyAfWWCfCUUIkVLJmdtJ4QOzFlvW1GHuSsf9vWcpGcdXA0Vu"
    "loDPcT3oyZtCCkzIDfsX6/IzsuPrIaK0BY7Mjt9Jt73tBtcECWpW2zIpETiBanb+uKQgbO"
    "87yBx5KsKHjHH/IWFRPGjIZYwrYDCyX0MrmI7y/fFeAiyKhMLsK9BwH1raTclrKtbPjssK"
    "gIWGDMuGSq1HBzBhEhkRZ0tcQB0Rj5SYNQCHCFyO+mGRjzENVyIkkgXgptj0UUhG/r8ehv"
    "f9esmuISjBhIohw/awpwXRBkX0GQfUrrqgDS6+A53dK4imIa1TS5UxfqZMPCSjwMKixapS"
    "ebBwsK3QD1JRb1pRis3tE5EWgGs2c0hPilQ/zcf3NAG4xvjpFpDNxaOBnyiTbZhCRenJNy"
    "wjFg1UdRBpDtCFClsA4FhQO7+n0Db2VV4wE5FBAO3Fr2DXm1MrGV0fGPjXBERDiMa4nd28"
    "n7LY1Ut7G5taSVvGfAnc0tMoWb425+6IoXSLUksrmqz7zh7TE5CHAvHuAO8ZTZa1useEqO"
    "7MNq22iLGrsWPx5MY+Uop5ZoDJiLe+9pIoHVBBkUwJbDCUWQPU4NSdFZPZ7h2kezjw9IRo"
    "E4srCmWcixyBfGNqJec+R6zdEr/FXRnBWtqvCpP3/dQ+RkWyG6T7pZp1tVV7fO1k9M/eLI"
    "uq3a+3SGaxMfyMxwjZbUhiqT52a8SkZxQABHNQEc9FVykyt5rYK0YHOz8Eur13pk+1Z1v1"
    "guXy3VlFyDJSc7Ai2xmXYmXmPTZIUyHjO3YqINWlzhlc6aXBDtUe06hkYqDcXRQCOVixwL"
    "p8fRSAUKKTZfSLFOA7SPiS69uWDYnf6dXp65KR/GQBhCl/bKXo5R9oxNi9kUKdsnExER0G"
    "Nei1eGvlQcCPvDBUT3+7dvi/gV377N9ivSe2knOdYZnoHsmpAREagKyVkVkoOhr/4w+/f/"
    "B5HVUyY="
)
