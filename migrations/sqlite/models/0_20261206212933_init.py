from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "custom_roles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "base_role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "permissions" JSON NOT NULL,
    "store_ids" JSON,
    "warehouse_ids" JSON,
    "channels" JSON,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* A role HQ defines (backend.security.roles): a base fixed role, the permissions of the catalogue it keeps */;
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
CREATE TABLE IF NOT EXISTS "users" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "phone" VARCHAR(255),
    "wecom_userid" VARCHAR(64) UNIQUE,
    "wechat_openid" VARCHAR(64) UNIQUE,
    "is_active" INT NOT NULL,
    "token_version" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "custom_role_id" INT REFERENCES "custom_roles" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "user_locations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_locati_user_id_6e9027" UNIQUE ("user_id", "location_id")
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
    "unverified" INT NOT NULL,
    "confirmed_at" TIMESTAMP,
    "dedupe_key" VARCHAR(64) NOT NULL UNIQUE,
    "confirmed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
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
CREATE TABLE IF NOT EXISTS "staff_profiles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL,
    "hire_date" DATE,
    "commission_rate_bp" INT,
    "note" VARCHAR(255) NOT NULL,
    "user_id" INT NOT NULL UNIQUE REFERENCES "users" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "staff_settings" (
    "key" VARCHAR(64) NOT NULL PRIMARY KEY,
    "value" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "staff_notifications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "dedupe_key" VARCHAR(128) NOT NULL UNIQUE,
    "user_ids" JSON NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nSENT: sent\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "invalid_users" JSON NOT NULL,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL
) /* The notification outbox (backend.messaging.notifications): a WeCom message to staff, written in the business */;
CREATE INDEX IF NOT EXISTS "idx_staff_notif_status_590518" ON "staff_notifications" ("status", "next_attempt_at");
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
CREATE TABLE IF NOT EXISTS "price_lists" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(20),
    "valid_from" TIMESTAMP,
    "valid_to" TIMESTAMP,
    "is_active" INT NOT NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE CASCADE
) /* A price list applies to a channel, a location, or both; the most specific active list wins. */;
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
CREATE TABLE IF NOT EXISTS "price_list_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "price_fen" BIGINT NOT NULL,
    "price_list_id" INT NOT NULL REFERENCES "price_lists" ("id") ON DELETE CASCADE,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_price_list__price_l_753b4e" UNIQUE ("price_list_id", "sku_id")
);
CREATE TABLE IF NOT EXISTS "stock_adjustment_cost_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "request_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "qty_delta" INT NOT NULL,
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOFFLINE_SALE: offline_sale\nOTHER: other */,
    "note" VARCHAR(255) NOT NULL,
    "batch_no" VARCHAR(48) NOT NULL,
    "expiry_date" DATE,
    "unit_cost_fen" BIGINT NOT NULL,
    "reference_cost_fen" BIGINT,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* A stock increase whose unit cost is outside the band around the SKU's last purchase cost: it moves no */;
CREATE INDEX IF NOT EXISTS "idx_stock_adjus_status_56d796" ON "stock_adjustment_cost_requests" ("status");
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
    "reason" VARCHAR(16) NOT NULL /* DAMAGE: damage\nEXPIRY: expiry\nLOSS: loss\nFOUND: found\nCORRECTION: correction\nSAMPLE: sample\nSHORTFALL: shortfall\nOFFLINE_SALE: offline_sale\nOTHER: other */,
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
CREATE TABLE IF NOT EXISTS "stock_discrepancies" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "qty_sold" INT NOT NULL,
    "qty_available" INT NOT NULL,
    "qty_short" INT NOT NULL,
    "value_fen" BIGINT NOT NULL,
    "adjustment_no" VARCHAR(32) NOT NULL,
    "source_type" VARCHAR(32) NOT NULL,
    "source_id" VARCHAR(128) NOT NULL,
    "order_no" VARCHAR(32) NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "status" VARCHAR(16) NOT NULL /* OPEN: open\nRESOLVED: resolved */,
    "resolution_note" VARCHAR(255) NOT NULL,
    "resolved_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "resolved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_stock_discr_source__aca0f4" UNIQUE ("source_type", "source_id", "sku_id")
) /* Units sold that the books did not have when the sale was recorded (a counter sale made offline and synced */;
CREATE INDEX IF NOT EXISTS "idx_stock_discr_status_0fe39b" ON "stock_discrepancies" ("status");
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
CREATE TABLE IF NOT EXISTS "order_hold_rules" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL UNIQUE /* HIGH_VALUE: high_value\nADDRESS_RISK: address_risk\nFIRST_ORDER: first_order\nBUYER_REMARK: buyer_remark */,
    "enabled" INT NOT NULL,
    "threshold_fen" BIGINT NOT NULL,
    "keywords" JSON NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "updated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One configurable hold rule (backend.orders.review): an order it matches stops in review once paid. */;
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
    "created_by_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP,
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
    "deleted_at" TIMESTAMP,
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
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPAID: paid\nREVIEW: review\nALLOCATED: allocated\nPICKING: picking\nSHIPPED: shipped\nDELIVERED: delivered\nCOMPLETED: completed\nCANCELLED: cancelled\nRETURNED: returned */,
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
    "buyer_remark" VARCHAR(255) NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "placed_at" TIMESTAMP NOT NULL,
    "paid_at" TIMESTAMP,
    "shipped_at" TIMESTAMP,
    "completed_at" TIMESTAMP,
    "cancelled_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "member_id" INT REFERENCES "members" ("id") ON DELETE RESTRICT,
    "seller_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_orders_channel_c5f001" UNIQUE ("channel", "external_id")
);
CREATE INDEX IF NOT EXISTS "idx_orders_channel_040742" ON "orders" ("channel");
CREATE INDEX IF NOT EXISTS "idx_orders_status_33ec6d" ON "orders" ("status");
CREATE INDEX IF NOT EXISTS "idx_orders_placed__857d29" ON "orders" ("placed_at");
CREATE TABLE IF NOT EXISTS "offline_sales" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(128) NOT NULL UNIQUE,
    "request_hash" VARCHAR(64) NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "ledger_date" DATE NOT NULL,
    "ledger_note" VARCHAR(255) NOT NULL,
    "short_units" INT NOT NULL,
    "already_online" INT NOT NULL,
    "response" JSON NOT NULL,
    "received_at" TIMESTAMP NOT NULL,
    "price_flagged" INT NOT NULL,
    "price_variance_fen" BIGINT NOT NULL,
    "price_lines" JSON NOT NULL,
    "price_reviewed_at" TIMESTAMP,
    "price_review_note" VARCHAR(255) NOT NULL,
    "clerk_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "price_reviewed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A counter sale made while the till was offline, recorded when it synced (backend.orders.offline). Unique */;
CREATE INDEX IF NOT EXISTS "idx_offline_sal_price_f_2105b9" ON "offline_sales" ("price_flagged");
CREATE TABLE IF NOT EXISTS "order_discounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "label" VARCHAR(128) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "points" INT NOT NULL,
    "coupon_id" INT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* One saving on the order's receipt, as pricing applied it (backend.orders.pricing `ctx.discounts`): */;
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
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS "order_reviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* HELD: held\nRELEASED: released\nCANCELLED: cancelled */,
    "reasons" JSON NOT NULL,
    "merge_no" VARCHAR(32) NOT NULL,
    "decision_note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An order held for review: why (the rules it matched), and the reviewer's decision with its reason. */;
CREATE INDEX IF NOT EXISTS "idx_order_revie_status_aea106" ON "order_reviews" ("status");
CREATE INDEX IF NOT EXISTS "idx_order_revie_merge_n_52133f" ON "order_reviews" ("merge_no");
CREATE TABLE IF NOT EXISTS "prepay_closes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nDONE: done\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "result" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE CASCADE
) /* An outbox row: close the WeChat Pay prepay order of a cancelled unpaid mini-program order (closeorder), so */;
CREATE INDEX IF NOT EXISTS "idx_prepay_clos_next_at_d10d24" ON "prepay_closes" ("next_attempt_at");
CREATE TABLE IF NOT EXISTS "refund_requests" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nREJECTED: rejected */,
    "reason" VARCHAR(255) NOT NULL,
    "auto_approved" INT NOT NULL,
    "decision_note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE
) /* The shopper asks for the money back of a paid order that has not started shipping (backend.orders. */;
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
CREATE TABLE IF NOT EXISTS "order_exchanges" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "exchange_no" VARCHAR(32) NOT NULL UNIQUE,
    "qty" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* REQUESTED: requested\nAPPROVED: approved\nSETTLED: settled\nREJECTED: rejected */,
    "credit_fen" BIGINT NOT NULL,
    "new_total_fen" BIGINT NOT NULL,
    "transferred_fen" BIGINT NOT NULL,
    "refunded_fen" BIGINT NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "request_key" VARCHAR(128),
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "handled_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "new_sku_id" INT NOT NULL REFERENCES "skus" ("id") ON DELETE RESTRICT,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "order_item_id" INT NOT NULL REFERENCES "order_items" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_order_excha_order_i_75aee7" UNIQUE ("order_id", "request_key")
) /* 换货 (backend.orders.exchanges): units of one shipped line go back (an RMA on the original order) and a */;
CREATE TABLE IF NOT EXISTS "order_messages" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "author_kind" VARCHAR(8) NOT NULL /* SHOPPER: shopper\nSTAFF: staff */,
    "body" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "read_at" TIMESTAMP,
    "member_id" INT REFERENCES "members" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL,
    "user_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One message of an order's after-sales thread between its shopper and the store (backend.orders.aftersales). */;
CREATE INDEX IF NOT EXISTS "idx_order_messa_created_ba0de4" ON "order_messages" ("created_at");
CREATE INDEX IF NOT EXISTS "idx_order_messa_order_i_f59f4c" ON "order_messages" ("order_id", "author_kind", "read_at");
CREATE TABLE IF NOT EXISTS "refunds" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "refund_no" VARCHAR(32) NOT NULL UNIQUE,
    "amount_fen" BIGINT NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "from_advances_fen" BIGINT NOT NULL,
    "revenue_parts" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSUCCEEDED: succeeded\nFAILED: failed */,
    "gateway" VARCHAR(16) NOT NULL,
    "out_trade_no" VARCHAR(64) NOT NULL,
    "trade_total_fen" BIGINT NOT NULL,
    "provider_refund_id" VARCHAR(64) NOT NULL,
    "submitted_at" TIMESTAMP,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "confirmed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE CASCADE,
    "payment_id" INT REFERENCES "order_payments" ("id") ON DELETE SET NULL,
    "rma_id" INT REFERENCES "return_requests" ("id") ON DELETE SET NULL
) /* Money going back for one tender of an order (backend.orders.refunds). Cash, stored value and hand-recorded */;
CREATE INDEX IF NOT EXISTS "idx_refunds_status_d72c91" ON "refunds" ("status");
CREATE INDEX IF NOT EXISTS "idx_refunds_next_at_164aa0" ON "refunds" ("next_attempt_at");
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
CREATE TABLE IF NOT EXISTS "care_reminder_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "child_id" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "due_on" DATE NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nFAILED: failed\nSKIPPED: skipped */,
    "attempts" INT NOT NULL,
    "msgid" VARCHAR(64),
    "last_error" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_care_remind_member__5ca6fd" UNIQUE ("member_id", "child_id", "kind", "due_on")
) /* One care reminder for one child on one date, sent as a WeChat subscribe message at most once. */;
CREATE INDEX IF NOT EXISTS "idx_care_remind_due_on_b693f6" ON "care_reminder_deliveries" ("due_on");
CREATE INDEX IF NOT EXISTS "idx_care_remind_status_809185" ON "care_reminder_deliveries" ("status");
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
CREATE TABLE IF NOT EXISTS "member_aliases" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "card_no" VARCHAR(32) NOT NULL UNIQUE,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* Another card number of a member: an older card of the same shopper merged into it (the legacy import */;
CREATE TABLE IF NOT EXISTS "member_pay_codes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL UNIQUE,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "order_id" INT,
    "superseded_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* A one-time stored-value payment code the member's mini-program shows (backend.members.paycode). Only its */;
CREATE TABLE IF NOT EXISTS "member_tags" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tag" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_tags_member__71e659" UNIQUE ("member_id", "tag")
);
CREATE INDEX IF NOT EXISTS "idx_member_tags_tag_953735" ON "member_tags" ("tag");
CREATE TABLE IF NOT EXISTS "member_phone_claims" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "phone_hash" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nCONFIRMED: confirmed\nVERIFIED: verified\nREFUSED: refused */,
    "created_at" TIMESTAMP NOT NULL,
    "decided_at" TIMESTAMP,
    "claimant_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "holder_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_member_phon_claiman_0b71d2" UNIQUE ("claimant_id", "holder_id")
) /* A WeChat user verified a phone number held by a member with stored value or points: not merged */;
CREATE INDEX IF NOT EXISTS "idx_member_phon_status_ee2f0d" ON "member_phone_claims" ("status");
CREATE TABLE IF NOT EXISTS "member_points_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "delta" INT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* EARN: earn\nSPEND: spend\nREVERSE: reverse\nRETURN: return\nEXPIRE: expire\nADJUST: adjust\nMERGE_IN: merge_in\nMERGE_OUT: merge_out\nFORFEIT: forfeit */,
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
CREATE TABLE IF NOT EXISTS "member_subscribe_consents" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "template_id" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACCEPT: accept\nREJECT: reject\nBAN: ban\nFILTER: filter */,
    "credits" INT NOT NULL,
    "accepted_count" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_subs_member__821418" UNIQUE ("member_id", "template_id")
) /* A member's answer to a subscribe-message template. WeChat's one-time subscriptions allow one message per */;
CREATE TABLE IF NOT EXISTS "accounts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(16) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "type" VARCHAR(16) NOT NULL /* ASSET: asset\nLIABILITY: liability\nEQUITY: equity\nREVENUE: revenue\nEXPENSE: expense */,
    "is_active" INT NOT NULL,
    "parent_id" INT REFERENCES "accounts" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "ar_customers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL UNIQUE,
    "payment_terms_days" INT NOT NULL,
    "credit_limit_fen" BIGINT NOT NULL,
    "contact" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A customer buying on account (企业团购、批发、机构客户): its invoices are receivables (backend.finance.receivables). */;
CREATE TABLE IF NOT EXISTS "bank_statements" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "bank" VARCHAR(8) NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "bank_account_no" VARCHAR(40) NOT NULL,
    "date_from" DATE,
    "date_to" DATE,
    "lines_total" INT NOT NULL,
    "lines_new" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One imported bank statement file (backend.finance.bank_statements) for a bank or cash ledger account. */;
CREATE INDEX IF NOT EXISTS "idx_bank_statem_account_917ea9" ON "bank_statements" ("account_code");
CREATE TABLE IF NOT EXISTS "bank_statement_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "fingerprint" VARCHAR(80) NOT NULL,
    "row_no" INT NOT NULL,
    "txn_date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "balance_fen" BIGINT,
    "counterparty" VARCHAR(128) NOT NULL,
    "summary" VARCHAR(255) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "matched_line_id" BIGINT UNIQUE,
    "matched_auto" INT NOT NULL,
    "matched_at" TIMESTAMP,
    "matched_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "statement_id" INT NOT NULL REFERENCES "bank_statements" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_bank_statem_account_3e8687" UNIQUE ("account_code", "fingerprint")
) /* A transaction of a statement. `fingerprint` (the bank's serial number, else a hash of the line) is unique */;
CREATE INDEX IF NOT EXISTS "idx_bank_statem_txn_dat_577937" ON "bank_statement_lines" ("txn_date");
CREATE TABLE IF NOT EXISTS "finance_budgets" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "updated_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_finance_bud_locatio_e06089" UNIQUE ("location_id", "account_code", "month")
) /* What a store may spend on an account in a month (backend.finance.budgets). */;
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
CREATE TABLE IF NOT EXISTS "ar_invoices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "invoice_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "revenue_account" VARCHAR(16) NOT NULL,
    "tax_rate_bp" INT NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "received_fen" BIGINT NOT NULL,
    "written_off_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* OPEN: open\nSETTLED: settled */,
    "memo" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "customer_id" INT NOT NULL REFERENCES "ar_customers" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT
) /* A sale on account (应收单): Dr 1122 (partner = the customer) \/ Cr revenue and output VAT when entered. */;
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_date_6fdc9e" ON "ar_invoices" ("date");
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_due_dat_4e033c" ON "ar_invoices" ("due_date");
CREATE INDEX IF NOT EXISTS "idx_ar_invoices_status_9bd678" ON "ar_invoices" ("status");
CREATE TABLE IF NOT EXISTS "ar_receipts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "receipt_no" VARCHAR(32) NOT NULL UNIQUE,
    "date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "applied_fen" BIGINT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "reference" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "customer_id" INT NOT NULL REFERENCES "ar_customers" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* Money received from a customer (Dr the bank or cash account \/ Cr 1122). What is not applied to its */;
CREATE INDEX IF NOT EXISTS "idx_ar_receipts_date_fdb6ce" ON "ar_receipts" ("date");
CREATE TABLE IF NOT EXISTS "ar_allocations" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "invoice_id" INT NOT NULL REFERENCES "ar_invoices" ("id") ON DELETE RESTRICT,
    "receipt_id" INT NOT NULL REFERENCES "ar_receipts" ("id") ON DELETE RESTRICT
) /* Part of a receipt applied to an invoice. */;
CREATE TABLE IF NOT EXISTS "ar_write_offs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "date" DATE NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PENDING: pending\nPOSTED: posted\nREJECTED: rejected */,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "invoice_id" INT NOT NULL REFERENCES "ar_invoices" ("id") ON DELETE RESTRICT
) /* A bad debt written off an invoice (坏账核销): Dr bad-debt expense \/ Cr 1122 once another user approves. */;
CREATE INDEX IF NOT EXISTS "idx_ar_write_of_status_68724b" ON "ar_write_offs" ("status");
CREATE TABLE IF NOT EXISTS "finance_expenses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "account_code" VARCHAR(16) NOT NULL,
    "date" DATE NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "pay_method" VARCHAR(12) NOT NULL,
    "payee" VARCHAR(64) NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PENDING: pending\nPOSTED: posted\nREJECTED: rejected */,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
) /* An operating expense of a store (rent, wages, utilities...), keyed with its receipts attached and posted */;
CREATE INDEX IF NOT EXISTS "idx_finance_exp_date_c6ccad" ON "finance_expenses" ("date");
CREATE INDEX IF NOT EXISTS "idx_finance_exp_status_c278e0" ON "finance_expenses" ("status");
CREATE TABLE IF NOT EXISTS "finance_expense_attachments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "filename" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(64) NOT NULL,
    "size" INT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "data" BLOB NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "expense_id" INT NOT NULL REFERENCES "finance_expenses" ("id") ON DELETE CASCADE,
    "uploaded_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A scanned receipt or invoice of an expense (PDF, JPEG or PNG), kept in the database with its hash. */;
CREATE TABLE IF NOT EXISTS "journal_lines" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    "date" DATE NOT NULL,
    "channel" VARCHAR(16),
    "partner" VARCHAR(64),
    "memo" VARCHAR(255) NOT NULL,
    "account_id" INT NOT NULL REFERENCES "accounts" ("id") ON DELETE RESTRICT,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE RESTRICT,
    "entry_id" BIGINT NOT NULL REFERENCES "journal_entries" ("id") ON DELETE RESTRICT,
    "location_id" INT REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "sku_id" INT REFERENCES "skus" ("id") ON DELETE RESTRICT
) /* A debit or a credit. Dimension columns let reports cut margin by SKU, category, store and channel. */;
CREATE INDEX IF NOT EXISTS "idx_journal_lin_date_4438bb" ON "journal_lines" ("date");
CREATE TABLE IF NOT EXISTS "ledger_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "account_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "partner" VARCHAR(64) NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_days_date_046a08" UNIQUE ("date", "account_id", "location_id", "channel", "partner")
) /* Daily totals of the journal lines per account, store, channel and partner (0 \/ "" where a line has none), */;
CREATE TABLE IF NOT EXISTS "ledger_sku_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "account_id" INT NOT NULL,
    "sku_id" INT NOT NULL,
    "category_id" INT NOT NULL,
    "location_id" INT NOT NULL,
    "channel" VARCHAR(16) NOT NULL,
    "debit_fen" BIGINT NOT NULL,
    "credit_fen" BIGINT NOT NULL,
    CONSTRAINT "uid_ledger_sku__date_b31b0e" UNIQUE ("date", "account_id", "sku_id", "category_id", "location_id", "channel")
) /* Daily totals of the sales and cost-of-sales lines per SKU, category, store and channel: gross margin by */;
CREATE TABLE IF NOT EXISTS "finance_manual_entries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "date" DATE NOT NULL,
    "memo" VARCHAR(255) NOT NULL,
    "lines" JSON NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nPOSTED: posted\nREJECTED: rejected */,
    "decided_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* An adjusting entry keyed by finance (backend.finance.manual_entries): drafted by one user, posted to the */;
CREATE INDEX IF NOT EXISTS "idx_finance_man_status_cf7dc5" ON "finance_manual_entries" ("status");
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
    "posted_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "entry_id" BIGINT REFERENCES "journal_entries" ("id") ON DELETE RESTRICT
) /* One platform settlement file reconciled against our orders. */;
CREATE INDEX IF NOT EXISTS "idx_settlement__channel_fb6c14" ON "settlement_runs" ("channel");
CREATE TABLE IF NOT EXISTS "settled_orders" (
    "order_id" INT NOT NULL PRIMARY KEY,
    "amount_fen" BIGINT NOT NULL,
    "fee_fen" BIGINT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "run_id" INT NOT NULL REFERENCES "settlement_runs" ("id") ON DELETE RESTRICT
) /* An order whose platform receivable a settlement run cleared: unique, so no order is settled twice */;
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
    "ip" VARCHAR(45) NOT NULL,
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
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders\nSALES_HISTORY: sales_history */,
    "columns" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_import_colu_kind_b6320e" UNIQUE ("kind", "name")
) /* A saved mapping of a legacy file's column headers to Cradle fields, reused for the next file. */;
CREATE TABLE IF NOT EXISTS "import_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders\nSALES_HISTORY: sales_history */,
    "filename" VARCHAR(255) NOT NULL,
    "encoding" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* CHECKING: checking\nCHECK_FAILED: check_failed\nCHECKED: checked\nRUNNING: running\nDONE: done\nFAILED: failed\nROLLED_BACK: rolled_back */,
    "mapping" JSON NOT NULL,
    "total_rows" INT NOT NULL,
    "ok_rows" INT NOT NULL,
    "rejected_rows" INT NOT NULL,
    "checked_rows" INT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "parallel_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* RUNNING: running\nSIGNED_OFF: signed_off */,
    "required_days" INT NOT NULL,
    "sales_tolerance_fen" BIGINT NOT NULL,
    "stock_tolerance_qty" INT NOT NULL,
    "balance_tolerance_fen" BIGINT NOT NULL,
    "points_tolerance" INT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "signed_off_at" TIMESTAMP,
    "report" JSON NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "signed_off_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* One store's parallel run, with its settings: the tolerances under which a figure counts as agreeing and */;
CREATE TABLE IF NOT EXISTS "parallel_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "business_day" DATE NOT NULL,
    "legacy" JSON NOT NULL,
    "compared_at" TIMESTAMP,
    "figures" JSON NOT NULL,
    "run_id" INT NOT NULL REFERENCES "parallel_runs" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_parallel_da_run_id_336f08" UNIQUE ("run_id", "business_day")
) /* One business day of a run: the legacy export's figures per section as uploaded, and when Cradle's */;
CREATE TABLE IF NOT EXISTS "parallel_differences" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "section" VARCHAR(16) NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "label" VARCHAR(160) NOT NULL,
    "legacy_value" BIGINT,
    "cradle_value" BIGINT,
    "delta" BIGINT NOT NULL,
    "drill_down" JSON NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "explained_at" TIMESTAMP,
    "day_id" INT NOT NULL REFERENCES "parallel_days" ("id") ON DELETE CASCADE,
    "explained_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_parallel_di_day_id_776dfd" UNIQUE ("day_id", "section", "key")
) /* A figure of one day on which the two systems disagree beyond the run's tolerance, with its drill-down */;
CREATE TABLE IF NOT EXISTS "auth_sessions" (
    "id" VARCHAR(32) NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "method" VARCHAR(16) NOT NULL,
    "mfa" INT NOT NULL,
    "generation" INT NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "refreshed_at" TIMESTAMP,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked_at" TIMESTAMP,
    "revoked_reason" VARCHAR(32) NOT NULL,
    "member_id" INT REFERENCES "members" ("id") ON DELETE CASCADE,
    "user_id" INT REFERENCES "users" ("id") ON DELETE CASCADE
) /* One login (a token family): its access tokens carry its id ("sid"), its refresh token the generation. */;
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_expires_37837b" ON "auth_sessions" ("expires_at");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_member__cad6aa" ON "auth_sessions" ("member_id");
CREATE INDEX IF NOT EXISTS "idx_auth_sessio_user_id_287ae8" ON "auth_sessions" ("user_id");
CREATE TABLE IF NOT EXISTS "login_failures" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL,
    "address" VARCHAR(64) NOT NULL,
    "failures" INT NOT NULL,
    "last_failed_ms" BIGINT NOT NULL,
    "blocked_until_ms" BIGINT NOT NULL,
    CONSTRAINT "uid_login_failu_usernam_1df575" UNIQUE ("username", "address")
) /* Failed password logins per (username, client address): the progressive delay of backend.staff.auth. */;
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
CREATE TABLE IF NOT EXISTS "channel_shipment_pushes" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_order_id" VARCHAR(64) NOT NULL,
    "shipment_no" VARCHAR(32) NOT NULL,
    "carrier" VARCHAR(16) NOT NULL,
    "tracking_no" VARCHAR(64) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nDONE: done\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_error" VARCHAR(255) NOT NULL,
    "pushed_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_channel_shi_account_8563b8" UNIQUE ("account_id", "shipment_no")
) /* The transactional outbox of shipments of platform orders: written by the orders' SHIPPED_HOOKS in the */;
CREATE INDEX IF NOT EXISTS "idx_channel_shi_status_d6faf3" ON "channel_shipment_pushes" ("status", "next_attempt_at");
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
    "replayed_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "shipment_push_id" BIGINT REFERENCES "channel_shipment_pushes" ("id") ON DELETE CASCADE
) /* A push that failed too often. Stock: at most one open letter per (account, sku); shipment: per shipment */;
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
    "price_approval" VARCHAR(16) NOT NULL /* NOT_NEEDED: \nPENDING: pending\nAPPROVED: approved\nREJECTED: rejected */,
    "price_decided_at" TIMESTAMP,
    "price_reject_reason" VARCHAR(255) NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "price_decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "seller_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_live_sessio_status_7c6124" ON "live_sessions" ("status");
CREATE INDEX IF NOT EXISTS "idx_live_sessio_ends_at_325184" ON "live_sessions" ("ends_at");
CREATE TABLE IF NOT EXISTS "live_session_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "flash_price_fen" BIGINT NOT NULL,
    "floor_fen" BIGINT NOT NULL,
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
CREATE TABLE IF NOT EXISTS "payment_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "pay_date" DATE NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* PENDING: pending\nPAID: paid\nCANCELLED: cancelled */,
    "approved_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A batch of supplier payments (付款批次): proposed by one finance user, paid when another approves. */;
CREATE INDEX IF NOT EXISTS "idx_payment_run_status_c5f6ee" ON "payment_runs" ("status");
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
    "approvals_required" SMALLINT NOT NULL,
    "note" VARCHAR(255) NOT NULL,
    "reject_reason" VARCHAR(255) NOT NULL,
    "expected_date" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "submitted_at" TIMESTAMP,
    "first_approved_at" TIMESTAMP,
    "decided_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "confirmed_at" TIMESTAMP,
    "closed_at" TIMESTAMP,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "decided_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "first_approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
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
CREATE TABLE IF NOT EXISTS "supplier_invoices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "invoice_no" VARCHAR(32) NOT NULL,
    "invoice_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "lines" JSON NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "vat_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "expected_fen" BIGINT NOT NULL,
    "status" VARCHAR(12) NOT NULL /* MATCHED: matched\nHELD: held\nPAID: paid\nCANCELLED: cancelled */,
    "hold_reasons" JSON NOT NULL,
    "release_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "payment_run_id" INT REFERENCES "payment_runs" ("id") ON DELETE RESTRICT,
    "po_id" INT NOT NULL REFERENCES "purchase_orders" ("id") ON DELETE RESTRICT,
    "released_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "supplier_id" INT NOT NULL REFERENCES "suppliers" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_supplier_in_supplie_c8d988" UNIQUE ("supplier_id", "invoice_no")
) /* A supplier's invoice (供应商发票) against one PO, matched to the PO's prices and the quantities received */;
CREATE INDEX IF NOT EXISTS "idx_supplier_in_due_dat_e17b92" ON "supplier_invoices" ("due_date");
CREATE INDEX IF NOT EXISTS "idx_supplier_in_status_65333a" ON "supplier_invoices" ("status");
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
CREATE TABLE IF NOT EXISTS "ops_alerts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "condition_key" VARCHAR(96) NOT NULL,
    "day" DATE NOT NULL,
    "role" VARCHAR(32) NOT NULL,
    "location_id" INT,
    "recipients" JSON NOT NULL,
    "message" TEXT NOT NULL,
    "notification_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_ops_alerts_kind_6a4264" UNIQUE ("kind", "condition_key", "day")
) /* One alert: a condition (kind + key) raised at most once a day, sent to a role through the staff outbox. */;
CREATE INDEX IF NOT EXISTS "idx_ops_alerts_day_de3621" ON "ops_alerts" ("day", "kind");
CREATE TABLE IF NOT EXISTS "backup_runs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(8) NOT NULL /* RUNNING: running\nOK: ok\nFAILED: failed */,
    "dialect" VARCHAR(16) NOT NULL,
    "file" VARCHAR(500) NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "tables" INT NOT NULL,
    "rows_total" BIGINT NOT NULL,
    "counts" JSON NOT NULL,
    "mismatches" JSON NOT NULL,
    "error" TEXT NOT NULL,
    "duration_ms" INT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP
);
CREATE INDEX IF NOT EXISTS "idx_backup_runs_started_9b607f" ON "backup_runs" ("started_at");
CREATE TABLE IF NOT EXISTS "hr_courses" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "title" VARCHAR(128) NOT NULL,
    "description" TEXT NOT NULL,
    "duration_minutes" INT NOT NULL,
    "pass_score" INT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS "hr_employees" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "employee_no" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "status" VARCHAR(8) NOT NULL /* ACTIVE: active\nLEFT: left */,
    "phone" VARCHAR(255),
    "phone_index" VARCHAR(64),
    "address" TEXT,
    "hired_on" DATE NOT NULL,
    "contract_start" DATE,
    "contract_end" DATE,
    "left_on" DATE,
    "candidate_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "user_id" INT UNIQUE REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_hr_employee_phone_i_392a82" ON "hr_employees" ("phone_index");
CREATE TABLE IF NOT EXISTS "hr_certificates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* CHILDCARE: childcare\nMATERNITY_CARE: maternity_care\nHEALTH: health */,
    "number" VARCHAR(64) NOT NULL,
    "issued_on" DATE,
    "expires_on" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_hr_certific_expires_9f7276" ON "hr_certificates" ("expires_on");
CREATE TABLE IF NOT EXISTS "hr_certificate_notices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "threshold_days" INT NOT NULL,
    "expires_on" DATE NOT NULL,
    "location_id" INT NOT NULL,
    "recipients" JSON NOT NULL,
    "message" TEXT NOT NULL,
    "notification_id" BIGINT,
    "created_at" TIMESTAMP NOT NULL,
    "certificate_id" INT NOT NULL REFERENCES "hr_certificates" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_hr_certific_certifi_836d76" UNIQUE ("certificate_id", "threshold_days", "expires_on")
) /* One expiry notice: at most one per certificate, threshold (30 or 7 days) and expiry date (a renewed */;
CREATE TABLE IF NOT EXISTS "hr_job_postings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "title" VARCHAR(64) NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "role" VARCHAR(20) NOT NULL /* SHOPPER: shopper\nCLERK: clerk\nSTORE_MANAGER: store_manager\nPURCHASER: purchaser\nFINANCE: finance\nHQ_ADMIN: hq_admin\nLIVE_SELLER: live_seller */,
    "headcount" INT NOT NULL,
    "description" TEXT NOT NULL,
    "status" VARCHAR(8) NOT NULL /* OPEN: open\nCLOSED: closed */,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_candidates" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "phone" VARCHAR(255) NOT NULL,
    "phone_index" VARCHAR(64) NOT NULL,
    "stage" VARCHAR(12) NOT NULL /* APPLIED: applied\nSCREENING: screening\nINTERVIEW: interview\nOFFER: offer\nHIRED: hired\nREJECTED: rejected */,
    "source" VARCHAR(32) NOT NULL,
    "note" TEXT NOT NULL,
    "employee_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "posting_id" INT NOT NULL REFERENCES "hr_job_postings" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_hr_candidat_posting_2bab81" UNIQUE ("posting_id", "phone_index")
);
CREATE TABLE IF NOT EXISTS "hr_interviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "scheduled_at" TIMESTAMP NOT NULL,
    "place" VARCHAR(128) NOT NULL,
    "interviewer_ids" JSON NOT NULL,
    "result" VARCHAR(8) NOT NULL /* PENDING: pending\nPASSED: passed\nFAILED: failed */,
    "feedback" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "hr_candidates" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "hr_offers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "monthly_salary_fen" BIGINT NOT NULL,
    "start_on" DATE NOT NULL,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nACCEPTED: accepted\nDECLINED: declined */,
    "decided_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "candidate_id" INT NOT NULL REFERENCES "hr_candidates" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE TABLE IF NOT EXISTS "hr_performance_reviews" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "period" VARCHAR(7) NOT NULL,
    "orders" INT NOT NULL,
    "sales_fen" BIGINT NOT NULL,
    "commission_fen" BIGINT NOT NULL,
    "rate_bp" INT NOT NULL,
    "score" INT NOT NULL,
    "comments" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "reviewer_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_hr_performa_employe_53ef42" UNIQUE ("employee_id", "period")
) /* A month's review of one employee, with the sales and commission figures of that month as they were when */;
CREATE TABLE IF NOT EXISTS "hr_position_history" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "position" VARCHAR(64) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE,
    "reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
) /* Position history: one row per position held at one store; the open one has no ends_on. */;
CREATE TABLE IF NOT EXISTS "hr_store_transfers" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "effective_on" DATE NOT NULL,
    "reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "from_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "to_location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_training_sessions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "starts_at" TIMESTAMP NOT NULL,
    "ends_at" TIMESTAMP NOT NULL,
    "trainer" VARCHAR(64) NOT NULL,
    "capacity" INT,
    "created_at" TIMESTAMP NOT NULL,
    "course_id" INT NOT NULL REFERENCES "hr_courses" ("id") ON DELETE RESTRICT,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "hr_training_records" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "attended" INT,
    "score" INT,
    "passed" INT,
    "note" VARCHAR(255) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "employee_id" INT NOT NULL REFERENCES "hr_employees" ("id") ON DELETE CASCADE,
    "session_id" INT NOT NULL REFERENCES "hr_training_sessions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_hr_training_session_a004e0" UNIQUE ("session_id", "employee_id")
) /* One employee in one session: enrolled (attended null), then attended or not, with the score and result. */;
CREATE TABLE IF NOT EXISTS "open_clients" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "scopes" JSON NOT NULL,
    "rate_limit_per_min" INT NOT NULL,
    "secret_hash" VARCHAR(64) NOT NULL,
    "previous_secret_hash" VARCHAR(64) NOT NULL,
    "previous_secret_expires_at" TIMESTAMP,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nREVOKED: revoked */,
    "revoked_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A partner application. Secrets are random 256-bit strings shown once; only their SHA-256 is kept (a hash */;
CREATE TABLE IF NOT EXISTS "open_tokens" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "scopes" JSON NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "revoked" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "client_id" INT NOT NULL REFERENCES "open_clients" ("id") ON DELETE CASCADE
) /* An access token issued to a client (client credentials grant): only its SHA-256 is stored. */;
CREATE INDEX IF NOT EXISTS "idx_open_tokens_expires_24dd7c" ON "open_tokens" ("expires_at");
CREATE TABLE IF NOT EXISTS "open_webhook_subscriptions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(500) NOT NULL,
    "events" JSON NOT NULL,
    "secret" TEXT NOT NULL,
    "is_active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "client_id" INT NOT NULL REFERENCES "open_clients" ("id") ON DELETE CASCADE
) /* Where a client wants events posted. The signing secret is sealed at rest (backend.fieldcrypt): it must be */;
CREATE TABLE IF NOT EXISTS "open_webhook_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_id" VARCHAR(40) NOT NULL,
    "event_type" VARCHAR(32) NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nDELIVERED: delivered\nDEAD: dead */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "last_status_code" INT,
    "last_error" VARCHAR(255) NOT NULL,
    "delivered_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "subscription_id" INT NOT NULL REFERENCES "open_webhook_subscriptions" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_open_webhoo_subscri_d1da7f" UNIQUE ("subscription_id", "event_id")
) /* The outbox of webhook deliveries: one row per (event, subscription), written in the transaction of the */;
CREATE INDEX IF NOT EXISTS "idx_open_webhoo_status_ac2bda" ON "open_webhook_deliveries" ("status", "next_attempt_at");
CREATE TABLE IF NOT EXISTS "open_webhook_attempts" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "attempt" INT NOT NULL,
    "status_code" INT,
    "error" VARCHAR(255) NOT NULL,
    "duration_ms" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "delivery_id" BIGINT NOT NULL REFERENCES "open_webhook_deliveries" ("id") ON DELETE CASCADE
) /* The delivery log: each attempt to post a delivery, with the answer or the error. */;
CREATE TABLE IF NOT EXISTS "einvoices" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* BLUE: blue\nRED: red */,
    "dedupe_key" VARCHAR(48) NOT NULL UNIQUE,
    "request_key" VARCHAR(128) NOT NULL,
    "serial_no" VARCHAR(32) NOT NULL UNIQUE,
    "status" VARCHAR(8) NOT NULL /* PENDING: pending\nISSUED: issued\nFAILED: failed */,
    "buyer_type" VARCHAR(16) NOT NULL /* INDIVIDUAL: individual\nCOMPANY: company */,
    "buyer_name" VARCHAR(100) NOT NULL,
    "buyer_tax_no" VARCHAR(20) NOT NULL,
    "buyer_email" VARCHAR(100) NOT NULL,
    "net_fen" BIGINT NOT NULL,
    "tax_fen" BIGINT NOT NULL,
    "total_fen" BIGINT NOT NULL,
    "lines" JSON NOT NULL,
    "invoice_no" VARCHAR(32) NOT NULL,
    "issued_at" TIMESTAMP,
    "pdf_url" VARCHAR(500) NOT NULL,
    "confirm_uuid" VARCHAR(64) NOT NULL,
    "confirm_no" VARCHAR(64) NOT NULL,
    "confirm_state" VARCHAR(4) NOT NULL,
    "error" VARCHAR(255) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP,
    "member_id" INT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "order_id" INT NOT NULL REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "original_id" BIGINT REFERENCES "einvoices" ("id") ON DELETE RESTRICT,
    "refund_id" INT REFERENCES "refunds" ("id") ON DELETE RESTRICT,
    "requested_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_einvoices_status_805acf" ON "einvoices" ("status");
CREATE INDEX IF NOT EXISTS "idx_einvoices_invoice_c039b3" ON "einvoices" ("invoice_no");
CREATE INDEX IF NOT EXISTS "idx_einvoices_next_at_6687b2" ON "einvoices" ("next_attempt_at");
CREATE TABLE IF NOT EXISTS "crm_consent_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "granted" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MINIPROGRAM: miniprogram\nCOUNTER: counter\nADMIN: admin\nSMS_REPLY: sms_reply\nEMAIL_LINK: email_link\nIMPORT: import */,
    "detail" VARCHAR(255) NOT NULL,
    "user_id" INT,
    "ip" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE
) /* One consent change (PIPL: when, how, from where, by whom). Append-only. */;
CREATE INDEX IF NOT EXISTS "idx_crm_consent_created_e9b118" ON "crm_consent_events" ("created_at");
CREATE TABLE IF NOT EXISTS "crm_consents" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "granted" INT NOT NULL,
    "source" VARCHAR(16) NOT NULL /* MINIPROGRAM: miniprogram\nCOUNTER: counter\nADMIN: admin\nSMS_REPLY: sms_reply\nEMAIL_LINK: email_link\nIMPORT: import */,
    "changed_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crm_consent_member__d0ef1e" UNIQUE ("member_id", "channel")
) /* Whether a member agreed to marketing on one channel, now. Every change writes a ConsentEvent too. */;
CREATE TABLE IF NOT EXISTS "crm_member_emails" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(512) NOT NULL,
    "email_hash" VARCHAR(64) NOT NULL UNIQUE,
    "updated_at" TIMESTAMP NOT NULL,
    "member_id" INT NOT NULL UNIQUE REFERENCES "members" ("id") ON DELETE CASCADE
) /* A member's e-mail address, sealed at rest (backend.fieldcrypt) with a blind index for lookups. */;
CREATE TABLE IF NOT EXISTS "crm_segments" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "rule" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
) /* A saved rule (backend.crm.segments.SegmentRule as JSON) choosing members; evaluated when used. */;
CREATE TABLE IF NOT EXISTS "crm_campaigns" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "code" VARCHAR(32) NOT NULL UNIQUE,
    "name" VARCHAR(64) NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "status" VARCHAR(20) NOT NULL /* DRAFT: draft\nPENDING_APPROVAL: pending_approval\nAPPROVED: approved\nSENDING: sending\nDONE: done\nREJECTED: rejected\nCANCELLED: cancelled */,
    "sms_template_code" VARCHAR(64) NOT NULL,
    "template_params" JSON NOT NULL,
    "email_subject" VARCHAR(128) NOT NULL,
    "email_body" TEXT NOT NULL,
    "scheduled_at" TIMESTAMP NOT NULL,
    "recipients" INT NOT NULL,
    "submitted_at" TIMESTAMP,
    "approved_at" TIMESTAMP,
    "started_at" TIMESTAMP,
    "finished_at" TIMESTAMP,
    "reject_reason" VARCHAR(255) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "approved_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "segment_id" INT NOT NULL REFERENCES "crm_segments" ("id") ON DELETE RESTRICT,
    "submitted_by_id" INT REFERENCES "users" ("id") ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS "idx_crm_campaig_status_444669" ON "crm_campaigns" ("status");
CREATE INDEX IF NOT EXISTS "idx_crm_campaig_schedul_fa5752" ON "crm_campaigns" ("scheduled_at");
CREATE TABLE IF NOT EXISTS "crm_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "channel" VARCHAR(8) NOT NULL /* SMS: sms\nEMAIL: email */,
    "kind" VARCHAR(16) NOT NULL /* MARKETING: marketing\nTRANSACTIONAL: transactional */,
    "dedupe_key" VARCHAR(64) UNIQUE,
    "template_code" VARCHAR(64) NOT NULL,
    "params" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nDELIVERED: delivered\nUNDELIVERED: undelivered\nFAILED: failed\nSKIPPED: skipped */,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "attempts" INT NOT NULL,
    "deferrals" INT NOT NULL,
    "counted_at" TIMESTAMP,
    "provider_id" VARCHAR(64) NOT NULL,
    "reason" VARCHAR(32) NOT NULL,
    "last_error" VARCHAR(255) NOT NULL,
    "sent_at" TIMESTAMP,
    "reported_at" TIMESTAMP,
    "report_code" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "campaign_id" INT REFERENCES "crm_campaigns" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_crm_deliver_campaig_610b91" UNIQUE ("campaign_id", "member_id")
) /* One message to one member: a campaign's (unique per campaign and member) or a transactional one (unique */;
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_status_70fab2" ON "crm_deliveries" ("status");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_next_at_0eec84" ON "crm_deliveries" ("next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_counted_bdaf10" ON "crm_deliveries" ("counted_at");
CREATE INDEX IF NOT EXISTS "idx_crm_deliver_provide_f7c414" ON "crm_deliveries" ("provider_id");
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
    "eJzsvWt32zi2JvxXsPzhLXu9Kp/ESaVy3GfOWrKtJK7Ylluyq7qn1ItFSZDFMgWoeLGjmd"
    "P/fQCQlHgBJYIiKZLZs+ZUxyQ3SD0AwX159t7/92hBp9i0Ty9d26GLATXx0Tn6v0dEX/B/"
    "SM520JG+XG7O8QOOPhZyRxNxnWaxC8UJfWw7lj5x2LmZbtqYHZpie2IZS8eghEt0Eb8Yff"
    "k7muKZQbCNjsf65BmT6amNJ65lOKtTMdzJOdLRWLcxmhnf8FSIdZAzx2iJrYVh22xAG9GZ"
    "ODTRHd2kTy5GhoOeMV6Kp5nSCXscgzxVeeMROdaR7Y5t7AQXicH4MD/YHZS4qe46c2oZ/0"
    "fnEJ10kE6m7AGmbGBkT+gSn4sxGM4WZuKvuoXn1LXZ87MLR8TW2SOjyVwnhE0Of4qFvkJs"
    "ChAl6Ji4psl+jmn6j7I4OeXAuMT4y8WaQ58wO2gxeH7/FztskCn+xibS/3P5rM0MbE4jC8"
    "SY8gHEcc1ZLcWxa+J8EhdyzMfahJrugmwuXq7YDyTrqw3i8KNPmGBLdzAf3rFcvlT40/or"
    "K1g93pNuLvEeMSTDJlN3Tb7guLT3AJtjR5p213/Qhr0HTTtKLMZAIrRM/EMTNsVsIbNHtc"
    "Wvf+KP8OPZ2/c/v//47sP7j+wS8ZjrIz//27v1BhhPUMBz93D0b3Gezal3hcB4A+qEvVlJ"
    "WC/nuiXHNbg+hix75DiyAY71hXahf9NMTJ6cOfvz3dkWHH/tDi6/dAfH785O+A0p22i8Xe"
    "jOP3MmTnGoN9CK/1WANri+GGiDAxtsN9ti5eB+eJ8B3A/vU8Hlp6Lg8o1NbP5yhHvEXQiU"
    "r9lT6WSCE2hHBqgz5EfDL/37+97gHNlzumQfghG5vOkNvp4jBpP1PCLDh/6gp91277qfxV"
    "V8u9YWOtGf+LX3jxzDIT+zdC22W9v86Kfru+7dZY89oUE4PCPy5e9a9+r2+u4czf/S9OnC"
    "ICNyc/1rjz3WzQ2XNo0XrNnYZDeNf+GyLIGzNxmWwNmb1CXAT0WXQOibmFwEvwz7d/LXLC"
    "YWm/qpwb5f/8N+rJ34VBS1BI7+a+aSCZ9dNHYN0zGIfcrv999HJb2LW4DnMPGRF7b9lxkG"
    "/Pi2+4/4XFze9C8EZNR2niwxihjgIjYx3go0pkrTEhHaa1L8b0hddsKq0V+raaozkBCEWc"
    "g/C4FarDIBYRnAPj/2hq0xK4R9rpLgX1D2xddJis0QlotNwJgJlvVBCJTeaqG/6PdvItBf"
    "XD/EAH+8vegNjt+KeWAXGY5nc/lGRWixW5hDoulOEvErdsYxFjhlyUck44veFz0N/lEfpS"
    "y7Hsx+4LRPzJU/z1sm5OH6tjd86N7eR2blqvvQ42fOxNFV7Ojxh9hLsh4E/Xb98AXxP9H/"
    "7t/14u/N+rqH/33En0l3HaoR+spUv5AdFhwNUIvMuruc5pz1qCTMel1mPcAoNO3i6blLZv"
    "Yc8h/wA9ybxFSGqRY5E1oezNCQfP4ufLFPXwfYFI4nyRrwfYGPNs5iiNXzc7c5GoaRntE0"
    "HJOnFmeL+BFh1k39e/M7+VDd0InuP2jCpbo+19nmUDX9q7J5U9PRAA8fePjqAi14+Jrr4X"
    "tmvyuvcy+QrTPQR791B70v/cdh73wTWvG9eb4XL4+f7e2HDBPxNq5AbCaCn4pOBNMNmPog"
    "+ZSnL/SQSHVTcFSW/yzmyPzppyyezJ9+Sndl8nNRjE2pEo0nxkI35RCbcuXZEzn1RRurPM"
    "mgvepdXt92b47/s/MhZpEGoL9P+IhNditFXD0JwHUrrkvLoDyErKCvhUV2a21FbQpv37yp"
    "td4GXqtKvVa5LFmmZMxm+1uyYTOsHirI/iZtbE+YYI27qPc0++/5QDdNdnVvB4rpdpPnPT"
    "Ea8jHaupL06Z+u7Sww2XclCZS669HaiteCvuCi0Lr1x2orVuLlc/RnXARYfJy2AsXOEHuG"
    "LVujrsQ4UcHqwR+q/VAZBJDahhS1pntHBfp8jJaqBj7JKo3VpALTDRtq6I3UptVUZhBFxJ"
    "skAZQgDpUePFkHuyBw0prACZ9TVQ9/WKZ1AZTiffxTw16a+kpThTkuV2c/f23AXuq2/co+"
    "wNpct+cqaCcEWwh3KV79ffjpQE1vMjWdTZnShrYWyDXdNdN0K3izXvGELjT+tZWpPuk4x+"
    "UKgbvVn2iG2Fx3NLrERBnqqCBgvQtrCAFVTFx26DMm2guz3XwrOaMJlZCrLqDZlHAmcMLT"
    "oW4mOzgLJzyUla8pOSWSgrleqbppQgW8VImQtRTtJNSfmK5tPJGveJUwNOQOw2jlhWYBne"
    "YuZIct/XXtMZMsM4YD+/XY+0IM2PofXF8y2LPwAiKMaeAGbPNrTxhWz5rFtG9LlpSoAtcl"
    "H2ogRmorWvbcmO0dzOVjtBWgAxIEGrLx1YEf0ESoIEAJAcr90FIKUIbZc3RmyPS4ANI+wQ"
    "+U/SfLe6rPZveb8Vq4DBczvTCkbr2xWogSXixNusKFLKpeaKyWQJWDHbAtzTKux29nC2gl"
    "5lv+Lu7Axw1ucvQvoBIckEoQTIOaTyQmVZ2PsfZIR0kaaqiGJADR3T6mYCfZ07mUMZW/bu"
    "Bm9SuFFlXEoXTZHV52r3pHUR069JHYE9YW+o3i0MZ2QTm86e66MvmCYVeUrJRt1FOVrg+I"
    "BCMt4SOrD5fwwnj6XnSA/zw7e/fu57M37z58/On9zz//9PHNekNNntq2s15cf+abayccid"
    "mtKbQ+653TeDiBp//4cI78zALVyHuWwHt63D0RdhcvXr5QZUSymlBlle9EQyKTAUhbQ5OQ"
    "Yg8p9k3CdWp427y2UDBuokIQQk8ajK+GMzeIZunkSZVmFRfNx7SqGb7VEK1s6loTJUbsRq"
    "LCCjJcRS9rHZdcpcclL9gy2HAy9X3bqo4KVsgeXB9p7KpmN50Z1iKf6hiTLUB5bM7O0jjl"
    "cYqn7hJrz1hS8WZLmlJECvLBYptYkgC9eSnGK0X+YFIStJ/kjnW4QETLgYU4BMQhauAsb0"
    "AcomYbQRFhCPYM6O7x5uYo9WNW3cptKLyS73cKxIcJ9Xh0WkmQZ82z3RXe2ZB6d7cq7BOM"
    "7MmcqY8mniIhydvoUX6YD4YWeDHGFtIdcSxYm+iYWwo20i2MdF5TFgXWg+1134u0JSzrJl"
    "sJKfxaYVY5uuXY3PYBZsohmSnBfCRN1xSTxr9+m7naqjgHNz8T/a2CtSsFLt3mjwi2MLGt"
    "TRY/JtM8UxwSgwmu9QQHaabKnoa4HJjDdfIz1O2VAUdDHREFR0P7HQ1NhXabp2GToCz/lI"
    "GfYZefIf71rpeXIZy5JXM2xDK7dvkc/KSymrFJwWjf02gP8rqYbqsSjoyJta4zT/ENvuaG"
    "hTVVF0lEaE8/ST132Yx+kgld+J3WNf4TtfFSKaArEwZbK2kRECpbn1u60FHp0mz++19Kpc"
    "Ea2FuN/5YlrC0V7WqXZRakMJdslx10EgqzygpWVYfYcbznlquqwfkMqqrtXXpAVVWR3AWs"
    "ru2srnT19UU3XckX65dh/04O9Vogrk0ZEwf9DzKztYqqqT9ABjOHIuJHD+A9vu3+I4785U"
    "3/Iu4g5wNcxL9k0K899Q1oZkVGSZxDtV976d6MO+oYMyO9akbyogwfCxK6PiOl4mGOUViM"
    "5x6O6Td0zH8rJtPTBbZt/YmtktPI6CfnSEe/4Uu6QN4VGDnUI0h00KtlOA4myCCIfW3Q2L"
    "UN4ve9jVAtqrz5iIh2RLwgMLuRTqaIgWi8YAtP0XjlXcru+mRRl537k47TSBux7+bvHHvH"
    "FT+O4G8O2w0cvFg6aw4HZBM3KJs4RadpQAZxbZxDkBMgS2w6+5gls+nsY3pqEz8ntcEl9e"
    "bSdcawDKiNe6iNS31lUl2yjaRjHxIB6PeAfvPBTe4uu8tBbKQr9PQtmTbjW/wqVSHue3dX"
    "13efz5EvPyLD3t3DObIxcUbkU/f6pnfF72eYXpqi6raUZVNK35ISG5Kv+kimJlWxCYtAt4"
    "CEDzumUCZw3W6gSsQhn7I+RmmSfGfqtqNhy6ISh2667hSVgvhFlviFQV5005hq6w6VWT/i"
    "CcHqP+VH/zVziWfHjl3DdAxin/L7/XdZ81H5B5593vLwyDdisM3VeZuDJjjpW18zXa5Zmu"
    "CAo71ts15zR/uFpRNpBUrvRGebQ33MLwGCYPNIFZ0tfl/VfsrQsjpFofaC2QqveaShw9Sd"
    "7Ntz5d4bpbFq3J79MRQ3wksGzxO1VrK9cH1u63Y48a4yyuBM/3601C2/dY54OEh9/n43yU"
    "MrYiVXcrKpJdF+U9dscDl4RuOeUW/LUGOgRmSAMr0z5W+zLe+ZOxX+xjQL4awM08jS2qN3"
    "5mRumFM21H7aUfvwjr77FauQdftIHUSHvLeMCb7hXm2JErk5uVWLXPLLNO6qzshO6yIhIr"
    "zpiI1rMgWUU710NJnrhGAGjr6uwNNB1EJj6sz/JthcC8pk7CWecN4Y8hrBewO9cod5PFxa"
    "9r3AFwBqbm12kNILlnpvjAq+IZFcENfsQxYLYb7JEsF8kx7ATJTB94KQM4tKyuBvd6ZHJS"
    "FQVh/feTJk4s2VI0lnzjLHjiyfGWa4VjNs2JqnLkiU2W3l6SNyFVanD1SAxhanh1LP1TgP"
    "oIpuQbVtMjTzC20nDl7sbRf7ttw1G6uBuu1hrWMB2jYLOUA1i5Wsraez8IjL+h5iv3x2Ie"
    "hyUGvUm4+Z1PG3JS0sItamKnaVJIjF4fdeOaWIQlyuTXNQWKyGbS9qsG4EAM8MYZrIXr6n"
    "rhXx5DYM58zBmvhbu7tUI/9C7g/u0BulpbBu3to6NaMOwjxSnWwdAdqmjW2CTUAFbNSeuU"
    "3hmrCZVnJP+9e3jgpYfAI4RFbKTfsOP1kC5gf8La0HblSsBWli2/zAvX88RByGibSktRv4"
    "pn/3Obg8nqsUS299wtrCINqCEmeulOSaEAQHYtJMECixtycfvBFBgDcJ74xaC9fUNaakyl"
    "o8p6KbkANwJSbuHJszZlLMeInblcrilUgCwEmAIU5WdRNnyNFsWbZelhxNkfam5qwLi8DO"
    "JXmRfDKuYjulqBT4QXf7QcdBVueeXrp1dmiz1m1WN134fc3SRCXEJa8uDaBuSzcruLHXdo"
    "9MAPtZVuJKJZDfLm9zqeF7DpWsCKuH4Jayq/4kgWO4UR+RDjiGwTF8WMfwhyyMcHZVumP4"
    "Q4ITzhNQVPANrm+BK7jshIaxbqluDCGRQhIaWr01sF8p8TOkgxtcX+HSHbnv8exDNQu44L"
    "qcwC47KLvMYVOr3ukrJlUd/m/fvWlMFQCDrAyiGWw3MHQzpSRwyuJOipa1mSQ26sZ+Bk36"
    "qtkOnTxrztzC9pyaakkUUukKV3ZT1vVYdyZzjZuUz1jWKWJbxCMhC1GP7FEPCDNBmKk2yk"
    "p7w0w+qVKVbB8WapM+Wh4zfE1w3ZsW3rZiKZ0EKTy8uvZw3AteuTCdIBFP7slPaDr7InXB"
    "B2krQkJj3jcUxMdoK0D69E/XdhaY7FsRSqDUXY/WVrwW9AUXhdatP1ZbsaLWlPfL2j+rus"
    "8HattGrhSSjTa6TakNEEAadK/eDew1eWHrj1qrX8OjtoO68W/FMPZm77pk+voAsx8nr9cm"
    "v7CzvcMod9xs9lr2tEzPsTzRzOXcxCjIINx4szF6nVP2X+7MR3w4ZNi8BahtTLHfkJNMke"
    "515OR/D78+/mAj3u4GLV1rMudDcLlzxAbg25qNiKh5EyvsVsFdR8S7CZflxhI/5szZE7D7"
    "OIaJvvwdHdt0gSnBiPJAPxtaJ2wEGy30Z2yd8JJzlhiMjbpugCoGPRVQMzVp8nwCteRqyB"
    "nw3wKNSAo1pXugo1LAH9gZJKx737+kn7+wtn/d+/tB/1fe7M/fJqYjMuj90rt84Mcs/Cee"
    "ODhXC8C3HzIREbbwEOLT9Jez4sazoyvsNBEZcO1IHKX80yXTmLIt/o10nck0R1fd2+7n3j"
    "ma6gum4YxI7x/314N/niP8bWlYqxG56Q+H58ikvJ33p/7jHW9+yb/TI3LZHwzY23Ddvztn"
    "H2fLwqI/2ogMu7f3N2xEW18sTTbi8Et/8PCpe3PDDs2p5bDHNkek/+nTzfVdTxt2+bV0Nj"
    "MNgjVb5xL9hy+9wbn30a7HC8Y0CzUelX9963g+pXQG9OJnap/ysEzrUH6fhY3yPp2O8j7B"
    "R/FeZ43HZuRRHznKMbFtIZ/G2oAyjHnERsKX8iwwZVZPQrRNn9uKmT0WnmELsw9uzrmQy7"
    "coi6ri+ZjiCbPi80STo5JQM7fONXM9c0fbphGnvW4xwdZ9q0vRiEJOPzW1KCHYOryLd3IA"
    "ISYd+vYSYoLPz1gxTTgh1yLdoTDXyeFKftfuDSrcKSVc2DkWrkQSli6UTv0uitTXDeSsFL"
    "ltVerlxQOgbGrusqlyQMPbZgHIPtq4gb2VsiIr+cZEIGbPge4eb26OUlQxAHgHwAntMwXe"
    "dNpsmUUdPFaohP2ypoums11CtNRsXQoFeZj9jUzqIDpDnOcx/Pp4yv9jc66Hg3QLc1IIEm"
    "P/6CfooLn+gsXV4jB6NZw5u8qPeMm7FJZ4L2mzCH8XXwc5oFXEIckmzYlPVUY1KT5CtXnJ"
    "lKNUEtHvOVLVkFhflTuEGoDgEEzfBdrrEATDv1TDHwzTAgzTTGXsIHsJspcge6mmOTmKFv"
    "UA29h60f1nTdjV4dOdbda1tbmwZuUTt5F1WmagVkLN2ZYzMfNATMzBNv7GRqZCKoFIAmwq"
    "n4BjJlvp21GWrvXm0zWKr4j0lyNxE29LcwANPSXUyVNA+C3chazk0dbMkbBYddg2pZhU3d"
    "OmJLvBppaSSvZI9/Lh+tfeOfKkeU7I3fDxlidIBQuEJ03d9LpDL2nK5NmgNUmaEv4ubOfw"
    "8kQlK2Gu1sRZViefTibiKrjy0t+v9rryNjUk1Dx6CTkgSMk+brwsgZqnNCQCmlgGX2ngft"
    "vXW9oyN14n7i8NrasMVJ7N610AtirlZWq2I2SFN7EdKnuly3SNeYtb1kMkWPU7Sqtk5Jr0"
    "CZqL+iTs/zw3Gp6iGbUCEkgHBSw9cYkI/J8i/UU3xPSj/8Uu1MQIP67lO4jgF2yh/0Jvko"
    "STKm64jXUSpmiKwYF+clD6iT+bKnrMRgKM8ySD3nslFPAMiwCgcUDd5TSnjRWVBBurLjaW"
    "xLSWlxFV7FsZEgEzANKmIKunUXgCuae6rBNIk1KBVj1NahwkJOwJbtvqYMeRDX+y9+Ckxe"
    "kn+VlEMcZLS2AHvpUCVqU7lUKUvjT3UpT1l72Gb2afE0YWfUVLbPmZQw51J3M8/Zuoj8tO"
    "2UEakp9yh+w5z0CK1P9Ax9wJxC/6k7oW0U3EjlurE5nLqfT7QQXdenmV6l9i5lBN3IpnhE"
    "F91uJWNNRnhfqsUJ+10mpkvHtEjma2EbHWuM2rr3fZFNJ2U7/OwNcula8NFLx06JsZHspC"
    "wYPwEISHmoMshIeKxdO1OXFMBdCQBJBuoYpeJpDLCw9BPLPgeCbE2wqLt8X32QJQbXfNvN"
    "CnpVbV8kQg6cpgvx0v2fysjtKCTeFrOrujTdP15UbWenqPhLdFtKk59YrZiaaMlD7baGpM"
    "RVk7UcjudY6JOMf9gOhVt5GFJ5wlPkXHOppQlzjY8k4u9CkO3IaCpmyv2BJMpP5Vd+cR0W"
    "eOaALJB1l43Sht9Iot7N2egYnZbSx8cooewnfij8PuYxA0YxPoRcTWnlLvCsuYsilG4xW7"
    "IbvROkKCjj03c8SB2olGzU7Y7XlNQI+TLsJwr1yU4CedZ1Weov6S/XivqaW4t8Peb+QtK2"
    "tEmM1GTb+LpfcTfUAQ5f9kM0/sGTsa63AZWSWpIbrfj2zqWhO89if5f3qvE/9MAjf8kFE8"
    "HiXiq1cxsBSIgPGSkha/zqZQBDYiB+imoCt2T9UlG8gAqhJUIURzdLAQTf2ZFC0K1sTUka"
    "xQx8TqHPKvG9RqobGIUAthfnuWpfIxuyqdvXCWqH3sJdqqbR5hGdg3di5mOpm4lpUrDBkT"
    "bWEcsiFxxwCT7WV8a157KclqpEtP/1KhhfXve3fniEvyAkvD/s2vXoEl4QqoSYEl8TSucL"
    "yr8rMkoq3b40qhagUrIMc2FxOFhqx13uWAVJP+lrWXVAMEkBKLQnibn3pXxbgg0BeAXwN0"
    "kBrHg4EOUgaqik0V17tmAcC2m76Q/MLUj8WwTjNOozCE85B38Rci+c9qubKTuU6eePQf6U"
    "jclz3tYowtP2jvLmxEX0SE3DvL5fBfrm4izgUIyqaFC69tz5Ut6X67c2V/jyR5+PkI/1KK"
    "vUPjhWIDQulB+mdDVr0tm0MqkK2zK51t8pe96/sH7oCaYHaYJxl6KYY8XXDQe3gc3PGTjm"
    "uREele/fI4fLjt3TGBTQhsRH4bXD/0tP6nT+fo1TIcrNHZbEQeBt274afeQOs/Ppyv2Swa"
    "dZ3Queu70CmDJzk+9C+/PnS/8ofgb56jP4snGfYGvF65/7ati5Ova5OPyPXtfX/A7mQsln"
    "7A+fCeNH+jUM4hTsi1JsRbeDVAZWyTggCuSoZ2GqrVZ2U3NqYFWc/lutIh8xYyb6uD93vP"
    "vK3ULmhvjAASbyHxtjnIQmCgYDyhOQskM9cR0C3RK+h2kzHCotbtBoJWUJO5UVFWyBHPhi"
    "zkiH9nOeI8eHGUFlkVJzs7o6r8spp1fv9eoo+lJf+uJ1YxdSQuV4wr7bBQl50LVfOsAonX"
    "ct+0guHjxe31wwPPK7Dd8cJwHF5E4b4/FIe414r/fdm9u+zd3IiWz/y3m2Zd0g8gOlJmdK"
    "RZvmUgoBfjXF5vBDnmPS4LCSZ1TjDx9vcc0xwRhDmu8xwzk8GieZIekoLg5kz6jSfslz9R"
    "SxHbmBQAKwHW1yBUl21CDsCFWCck7dThe1qCOznYSAvA9zI0VLN2h6zwxr46WeBdb6bgXN"
    "4Fbvy7k+JiTtHNAN8d+CbVUWUffmhbNgguovMi96/esLFatCeX33lxDdq2aEeAaoaIh7ae"
    "zWLDHr9vbsEH90PtXgATCqIeNCaysh280P5yJNtmOgUqIgTKq8zmEiWWp4rAxqTA3pJV7r"
    "QM/vHWPMeZArgSSUhBgsKoh86DBSo6EKYbhOdaVVQnTYfEANuMPN9AZS6C6xuM1TCYlfi+"
    "oTUWMWovu8PL7lUPKL+lUn6BkpoN1AyU1MPwJx/8ohBHEofC+lxnmy8hKCsB5Ml2OQrW5U"
    "LUuJMxMaBOit/dMuqkhdnFgU2tVgjn7489jyC5HmNEuvf3g74o0Bx4qnnhmV96l/6Ff+KJ"
    "uG745fr+XvAt58Zy6V112bv2SztPsPECjMvvl3G5jnKoc7JiosDKqjMry3/58zAsI5Iwy3"
    "We5WA/z1WoPSIK81zneQaefPo3s708eXc5zTnrUUmY9brMuuRl958e+NQVuepnFl1o+eip"
    "MlFw2UsrNvq6hXofhLggLGEZvL5TIAe+CUkAWBLO800gVXgTcgBuElz25cu3/SYFYfPdHS"
    "+NfLQKCEJ9B1kCsu98hjBfaH0CzllwTr7QmZp+bD5hBcDcbk675HsPWQOFIpw5a0CuXwC+"
    "u4gWcZUqA7whKwLw3blDxC2uw2a9BHQKSHpRp6ek5bzEMd1NUykr4wW4KgfkqqglXUAaS7"
    "oJy7DRgo1TDdKIWGsyAgoD9hBc/5p9uIHqX288Nw3ClHxXUSlAdrfjygkRa/dU4cMc3YaB"
    "nNmXEl1gwPJvPcu/Zt+txpP8e9+8PqxHEgtqfa6zzXqi1pS9gNi/NmPj2ZH74d2Hs5H7cX"
    "r2MzrmPwWT6akYyj5dj3VyjthE826vM0QJDri9iNtp6IkiLoeOdYIGt112gWgcSy3jySC6"
    "icRgJ6JBrGgxGGlEW/H9R8TCS1OfiN683hk0oxY7SbmRiIZfHzt81Gc2OPubAWbY67a2Hb"
    "TUjSl6NZy5uIPXC5RdKZ7tByTybcV9/Of724jw65aWMcFoaszYBonZy8fHFCONV16L3Tld"
    "8ka8/oNHn5D9OXPZOzWN/660Jru/ewuBn/X9r9ozXkFFh4Mav8FKVkzUiIlBoob43dsSNc"
    "DLUFxSMaS8JFNe2AgPIm3Fxo5jypNg4h+5wySyTCw8NRz1qhFRuTa9GhVXjiD4lX2YHd1U"
    "n4OEKExD7mkITFO2rNUnQiLcGrdpxfMQ6LHqkxCXhBnIOwPQybzsdtsbg0sJ5ohYLqxr5o"
    "+JaTdnH7OoN2cf0/Ubfg66d7Q7PwWykr7HWc+SlRSqPrzAi7Fq/CtNHCK2SS1hrpOpmSP7"
    "ICEH4MptQuWQeFSoTaZgYbh6sQ8lVMMigGk6pryocB5gN3KArswYW+iKyXNrgWLwbEG8JW"
    "x4rWNmqimJcUFAdxc1Zh1f3JNq0A/GadhWkJVrEP7C7GbEbLbNoqC99sdqN7yb70wGloyv"
    "ShWAcLupR1GVU6mTjm9hFQDx7XqgZhkNWUFOs0oz5BhtjK0CcG53ilHCLlXOMErSviJqXH"
    "IG+gQ/UPafjPgPBI9o4DmBG6dsZE71WuuvmdJs12rZ3vDmVjOaAWtCgc1Ca9yLqtifzTjx"
    "bqgL2BJsxfDpzlbConehZrMrM9IVu8jrxmIhLoQW+hSj17nB/smpcY5hmuhV5zRBMXKHVx"
    "zlasKUXYQJMhxkr9hamSaYhr7AySl69GY/NkeV3XhEfFIgH/IHG11P8WJJHUwmqx/Zjn6O"
    "5vQVv3Cy4Iwd5JzH6foQWysT17LYSjBXJ5vnstntbP4I+hNbRx3+L8PmREj/CSmnJPJxuM"
    "TMsGx2JbFf2YCC+8iW1wpP09iGwCo8IKtQMcy4T3ixZsCWH10MYrJz3ZbQ6nfHcgO56gLn"
    "leH94X0GuD+8T0Wbn4q5Gidi48oT1YuJtjCs19wwXjJ6yxTxJ2bn8NmQT7R8kmNi2ya5XR"
    "PMJy3e29rDQrVOeUwM+DxZ+Dz2nFqOJtI7FNSXmFRr6GqFeet1kzMVVholpl8TIkYGpNTE"
    "OpGjmxSOATxm0mUhvD5S7TZw0e/fRLb4i+sY2+/u8faix5QcsbrZRYZn/skiJfaS3VeC+i"
    "/D/l2aTrORie+9xsRB/4NMI5/nor47L0cjAnmwURzfdv8R30Mub/oX8c8lH+AirTJpHQqm"
    "120yGkpfykJaExmA2szUn55kJTu27ncJ2dK2u4QF1/zdzgNv3WRWmXoul2/NF71iArqHZk"
    "qZrvTPT0ys+i/Q0X/NXDLhGKOxa5iOQexTfr//Lku1rfq75CFs4RcDv+b6OkkHgKYedTbF"
    "w1OmbE1KhcGmzGJTsmusZ0X6ckgEWLXJ70q+gt5QzbuevNqWL9bYp1KVZp8mDlDv5C1Cef"
    "SQDrOTWKBeG118pgoAt918pPDHPAPTq2qybUNRTeXaypdqYheFZbsD4LTvTgFsugKZSWKR"
    "yzhJwerfUT6thKLTvx/xGk4ECycd/uZgi+gmBw8qch2SO+NtGGrluMIyrWPRFF+LK7Tukw"
    "jvLiEVEi/Ls1AA2kf3/eE5WlJ7RG6v767vB/3Pg+7tOVoYxFha9MnSFyNy/6V/12NXsR+B"
    "R+Sh27/o9tnddTrW6Yj8cnWO/pyyq67YP5ZT9q+r/uM/r+/O0ZS6K4OMyNfH7vXwS//xHD"
    "27umHPqTsiv/UY7uyxvvTvz9ErZmg5Gq8kOCI317+ym5nGS4LGmIlNVXglqvCmp/C2xcTa"
    "VxWjeB5V3Wu2Jd63oyUmU46Y6kvXu7u6vvvMXhdPnr083Wv+9uiGKMn263XvN16QjWsrI9"
    "K9uelfdkWNNt0Udg0v3HZ/ffnVG8OYPIsxhl+u7+9FcTevfid7EXv8ZRrwY0xhYG+UxY9e"
    "9m/vb3pivAldLLn2w4927y57N6I43ITja/rl4R4eB3deeTivXGg9XkrbHecsThaXhGhYvm"
    "jY1LAFp1x9BuKSMAP5ZkC85uyxcrwDMUmYgZzF+fJtQbD/FBGNZ9/KHIyIkBQgD6UQmzkD"
    "S30lMuYWmOGnZJUkJVsX9i5e2eQatruULPWtxLe1EBB8lQi+gihqaeKAwspOCLZuYRdvcK"
    "8xE66dXGivJVsHd0klVn3c9OnUwrbE2fGAv6V+PZOyLUB9Gyut94+HyL6SYAuuSWk3/bvP"
    "weVxCmGsiJ0iWQz4YSoLfOyu2Aq18EKXBdPTUY7LAdqZMryoa02UVvNGonUIl6D48doUuQ"
    "jFYcFqkl0qDb21ONeFOwhyTPhGDHjjdeaN+7GRHFMclYRZrvMsr+Naecrrx2Rhpms900Gs"
    "Ms9Mx2Rhpus809A6oW36mGTat7VOyNszATIM6pd51HJg83T5gNYeO0C1+bdaEdSIDIC6M8"
    "kIqh8HK2hHQkF6yWN5ysZhsrcaCm6O5K31574AgNudCpPQjDKkcXnbKEC7A9rI10Y5tSjZ"
    "b10SHrzwRT99HWBzvQ3Iwe75wzTQoklDXEpB3RMmkV115Y/VVqzwCy4GqN4Lbi9KvB1HES"
    "C1rHdJzLaxbX3vvUnAdOsN1VakfLJdEUjde0O1FSkv1aUIoAZipPbixAm0e+I0EIO0GyLN"
    "L2ReCFR79DZpBmI8s2tvpPbsAtMEpHgIuIAdfegP0yaYlOoiJC0djc7SMQ065hRq8TTExI"
    "zV/cBMp9AmJpVVQFaH616MdxkM1xLE8lTdWJt/adU3wvbhjiocWsQu3d0ViE0VsvUX9lsR"
    "JaKNjRjmB96+ZoLZdR2k24hXMOGXsJubBp7yPjjxbjzBJX9MnG+n64f44+T8KAZoBbccEZ"
    "3J0wXlv5KNxhsQLdm9qIWWlE9hB70azpyNaSO2wLApevjoCy6PDIJmmJyi3yzD4X2CvB4/"
    "Dlr3iiqjn8+2xKWWlSWpJF1pS+MfgyglLQXXt7AZTfGc1QnblVTADa5vHR24+HQZsU+pYL"
    "sWaOPKLaNtlbf/qyeWRuXaVAu16sxS8W1WCLBvBFqTzFsYYcFTeRR5S2EZICzUo6ZvTfeG"
    "skggVRftrBu8WcO9qVU7L7vDy+5V76B1JL04XZo5u47i7bJlN3HD3YbsUFTgQnPDdqi1Ok"
    "e8reuKIacT2xDtJ7iJR6i4A9InnmX4Oqdoagjjkp/mDWdPE/ZqoSOD3VhrZSTdbpxZdKFt"
    "KxInn4SYWOsMneJtSIfmgDkiBCDvBBny0EvtU+Kz3HJkBUUkIVukLtkiWbJ3wTgo3uBybV"
    "VIQxJgwYK1VZm1FV+1BYDabr5y6EWtXyOEL9ScDlwBr9yGXV/Q2W3Gztm1msUuVojJMvhm"
    "xpNrCaOSD4D4AIkQqMddOzlnRqYXReUG50J3JnNsI2avLm0ez/Su8iKZvFhE0sYt/5Yj0k"
    "U8luZFXglFFn1Fho3obFaGYfy9WMWlNXlIj5PuroZebMy0DJiPvlx//qL92r157J2jufE0"
    "115008VskV5dDXrDoTa4Hn5lS9wrdqZZhv08Ip+uB8MHrT+46g3YYxqW7WjiBRiRi8d/9g"
    "baoHfbHTCpeDmpw5t7mHBwVdsnh6SgjKRCGUlnzhaN2PTVqzPHRVsT2Ko4lviMV6/s5VRq"
    "lhyWgU7JkZehiE7JUEMj/R1pplckwGhbDY1g7lRraCTkwJrfac1vMAPrc5f1GV9e9bNBRR"
    "5fmv0ZJPntsj3XSYXFduYD0+yAppn97CpXKA/LtJEQ+OFNJpvpzRaj6U3cavrLkeyjqavX"
    "vxrc+DI3PjEczWuDqmwSJWXbBDE0zvrODFPTIPxTmqt3U1IWXoXcE8H2a80vq6u2y4elWv"
    "MWFLbVc4DC7RoVcA2LAbBJQveTrb5lhKVag2nFOwUQO0qop8jsEbViimsBwBN4HYfhdbA1"
    "WACmQ2+UliK6eU9TKieme9TCVUFsbL2IAgJ7lwZZj9QeZ6akgorGbYNCyqjcGKSJIRSlGi"
    "pFoBUUUmkbXqX7tYPCa2mu7VBhtl3e7XA5uGy8Kl8C0dmav/SDjfSZg60fbd3ENuIheH2K"
    "xth5xZiIGhH2nDKDzxKZPLxeBU8EShKjxCBijBM5waqie4/IH3wUTXf+4AQrnnrkVdngzn"
    "tkG1PskVeQuJfhnLMx9dkMzSi7S3A/9mD+43a82/qP4V8kBCjBGalbv28UEt1lL5OlBRQh"
    "/0mP/gVpT7VMe4pNVx42WGyIOkcfjoZf+vf3nN7lr/cRGT50P33yX5H4W50lMpGlUEF6mY"
    "JEkYIxnUqCEltaG/rX1xn1nDGfn95kifmwq1LRFeeanLoDffcKydwJPkKKMx4Sg+5N9aEg"
    "JecXOqJALYxGYGotdDVENwKwRCF7ELzM9fChdPbyMkMbpIywprdBkjeSgbTMQtIyYx+sAh"
    "BVrd/dUGg3H+v6kY2DHg9pTtlQD4hdTtlw5wlgHTfqW9/Z4glcsGmgSqVzNxIt9D4Vn6QJ"
    "9UcPzPPB3xxsEd3ULCxpCJC+zuNyuVZ7/Jt22L2k5GLGTwyHV13JkR0SaV0RquL3Euo6Gr"
    "vdFGuEqqAcl2sd1MWv5WZFDKrdxtsbMgDvJ3iXamJW7lMJ+FDd3RpiwZdPhvJbBqaZ3ZuO"
    "grus7lAXw91MqG5QumnOnlRwejzxc/Q6X6FjTvgR9ao2pZ2mJ501Bcm7VnCEpnhi2Lxkxb"
    "qfDtvybSqpolz+LUfkjwW2nrjq8gd6sqi7tL1bcioTO85GoogzAHl7IUp4XSprgk10bDPg"
    "vaI9HST+7Zf96Yirgn7gJ1CmqoZeiW2lgndTk8qvGZzA+mi+me7s1ap6N1fn4s0ZkUHvpt"
    "cd9tjfFtvpdRuzY5fdu8vezQ0/OOE/1PTLNh3eEPHeTaUyPCERqMITUYeLqMITbJFqjryN"
    "THUvSjUG4buzDEv+3VnqkuenYjnW/gdKUy2ynRBsnfUN1bbBAI9cl98A5y/LNNesRyWBuV"
    "dn5l4wV6rVwxJywOYBBh/4sGrjWOnsxZDavN0FQNtuOk9iI6wV9STcA1ziAou1CE93gYV7"
    "kyu4wFxnTL/xQuTMbOaiwtX0G2YauoPu9RXyhvX9Vjxrb2NdI5fwsuZoYRDjx6VFnyx94V"
    "94LMYS/z7pIJtKXWHV3HpEwrl7bARmWSA+rmhLtkIL9rJsOl0bXp6gfyPeWVs0OQtamtmY"
    "OGi88v1xwluM/qRjcIvV0C3WvPhvg9kMdfdBSsz9JSZTDpka4kf3vbur67vP58iXH5Erpv"
    "ifoykleEQ+da+FC3KmGzn9jwUnS+psW1sslVoKh0VaUy+pMIuB4G+O5kOUw/KWiFdifle5"
    "s7fJ+jZ129GwZVGJCbOt8XxYCnyYWXyYbNL4IyugvJFoHcLFu+TBRZwOfXtdxNBwom2zLv"
    "lqJWo81cKr2XjjMuHTVHEQ7fR/9gl+oOw/ZXs/DzoNJfH39nK4+QQ9ia9tQ91Ld7OFOIK7"
    "HWy3zCZcoSfK/Uj84QXnixOqHGY7+k6tgBOW7DEobnRyii51e97xil5NkejRJjhhc/afHy"
    "084dcnLM0Kbz0iQbYbst3JBLMrdUd0Pfwb0pF/jpf1ou7TPOzf+w/UNQ3hibN9ZxoT9Z1r"
    "S4u+GPzZePN4doRfQl9H5JiT3ehr4D08R3/EDKo/0JQ9JLvWRrqF0xx2J2tWHbPSn9ht2G"
    "WWeBC+E7PH4BXDPM/h+klEb0hrYYOzr4bOPm9uFT19EaH6NmqsjQkB2XkHzs5rRv5pYzPG"
    "PNal2g4SSLQO3lJ8PPxrzuyYF67r5qjkLxVvjYu64s3Ewi+YMB1mqVuy8MA2cnJMECjKEb"
    "9AERTlusfTklRlX/fHysT+ZEBt+Hh52etd8TjaetQiQmvFfzEgiRuSuNuSxO3BlbMtl0QY"
    "vsv5vsuBw0HzzVOZvyB94culYfnvXP62O15wDlieWElcFgj19QmOJGNiQIkBSgxQYoASU3"
    "93iR9yyMfaiMnCN6nO7xSwc9Lfs2byNICd8z3OehZ2TvDGqiZ0JuQgoRMSOqvA1OdwqKEa"
    "FYKlCp0uIO34ANpxwWnHUOy+yGL3kk22qBUbKlbfTnCj35cMAG/UpwIwbnfGfELTrFXGvE"
    "fTDXaPVB5vaHvZRefVLO/ajLTeh1BCuW4/24Jby7miC0G6FXRbka8uctQ9jq3DWa9z3UY8"
    "/ZytLouzTHklxiVn6MYZuEex6azgliMSw+LkHDHcLPqyIfSKepNBivycLaAfbHaITOlrBz"
    "FkccC09Rr0ehNoAV+2hnzZuvNLJH5cf12qE0wGvb8/MpvdKxfpjzEi3fv7Qf9XfjBY5byu"
    "5C+9S//CP/EkuNfBWRBATCzb0y78NcFCSAJ9QamJdZISHIzLxiAfM+GyMF8fqda/ftHv30"
    "S8bRfXMV7D3ePtRY8tczEJ7CLD0x2SVjCUioRSkTVRjxvqc4ZSkRBFTEQW8vR7ThMHb2Py"
    "s8VTIM0cQZyEHIALQRxwj9fWFabmHk/soAUg3PYWxmlfnQwu3c1mCi7dHSgnvjs1c+nygN"
    "CNQfCR1J+7PtvZ7szl12kmuxA677bLX/mXI3nFU1H1rwY9QJr2aTt08qzo4wpJVejdClZw"
    "Y51bE2bgqSdThaVak21QcRaVr7c5eJHLjtjIwSZSA+pSG/HcYpwdhmVTN5D3pNlIDbTN61"
    "2U7Xvtj9VScBP7YQTjQW/4MLi+fDis3bCVChJ7B3ZaD2pUkC5Bg9vuOXJi/AxeNE2fzYLY"
    "cgc9UTq10YTyNpucrHHsa1SIWujVYvgiOpuddHw+xxPFtrhO2kS0/DuC+VMv84dvcYq1zd"
    "YSUNgsFhRNFjYDNkw2Ngw/dtm7/tU7NsGGf92nx7sr75hXxTG+aQFrpp1cAp8xqGzgRuXA"
    "xM1n4gKTI31C2svkgJzRts26hNqxLWcUmB3A7GgsuMDsAGZHvTxbwOwAZkejUd6f2REuMG"
    "7b+hOWuEIufMlPXwfY1MVv2b5z3HpDtQd3ieW7J06bfiMtRGjNwtkHnzDvpyWfoX8rxUM2"
    "eOJvE/amP0lSZAJIg45Cu4HthcZqydJTDBwN58ZS5MdLYkbrc51t4SLbvwqYZu0KtQTzqh"
    "hviYlB0GVn0GWiW5Yh06PTQQ6JtM5BXzzAfEd6Zg+guJJjYq0DuoTS0bymQr7C0RFJcMnW"
    "xSWbxREPZfxK9BOadCJ0WDVoY1LgLQQPLHhg62OkdfbywAYvdwHA3oSGaim2sa0whbUJ9d"
    "EOVB+tUD9Z4LD4rj1lOR1AaTmHcUx3O4Ig77CF3iDIOyxK75zQpxwdP8NSwBPMxxNkq1Lz"
    "khtkpc22LeaIWGvgL2xJj3VnMlczpcIisE1A3mbF6K51FSVsY1KA7G4XgB2KIe5pSoXDkQ"
    "0DOas9FVtgkMZZlqtlZxpn4vNWAL4XwTgtxTb8Ta9VduyFbvKZ6RHHWh1JbNzI+c42G9en"
    "7409AY29qpaR0dY96hNRLJw8Ya9CuTfWD7ZXJXz644tuujxFVQyNjpmyf5LMes07iMSe/v"
    "1oQ+B8Njz+lYVnR//ax9DeZsO0zNauxHpJt8jZ2uRnVA3JiFibNJiKjcngjcmTKBvIVkcp"
    "UIf/6KF//3jPXiy6dJcjct/95zla6qsgyzXIcR2R7tUvj8OHc6RP/3RtZ0Rue4PPPe367p"
    "ztTdYT1gwSHOs/PgQHqevEt7YslAXIjS2VEfL27GMWfM8+pgPMzx0+zlqvnsfFVy6bqS3Y"
    "We7VWrO4VNkEpgVTjmjKti4HdyPRvt2g8M32cGSWuq3jwh2wnj2izxy2cSrrhFJx0A1z64"
    "bAiCszfgbVHr5DkmmeZP/9M/xrN8HlOuurT+itG8BZXZ3pabyH9nVe6hYe4AXHz7rCpvGC"
    "5T5P6XWdbb7PCZPQLF+E/2Iuo+b9ZCOgYATRuZEKd6ZhTtm/xB989+0gGxMH6TbS0W/4kn"
    "dvtN0xH22MkZ+ZyzsxLtgWI9oxprhJy7zbDn+quIu/PAJvz5Rdz7AA92qNdLZ092p4BrOq"
    "byER+Nwo+UzlgDbBT1ob49rfXqQ6cUooYC2xTRcuBuoqN5AtyHJVNp4diBdLk/026bu+JT"
    "swKtbCJVpCfmDNy4smFunREpMpR0wN8KP73t3V9d3nc+TLj8gwOGKHjjyIP50R+dS9vuF1"
    "Q2e6YfJKosOv1/f3/ID9LPIi6xEr0R2+6B3JBKZ+EsMiwJuMfw8X9pPaprMWAGf+7t3G1G"
    "1Hw5ZFlVLro1Ktc+qXUv6Wb2J5kr43YtBOtT41N5PON3C5pr9d7XW5QoHdts265GVPlCsD"
    "R3tRmh442kt1tK/58Afys3Nn35HMsS5OdDKwiIW/0PKi7ZAq26h3u7PFcyz+NwFrusURXN"
    "9CF1LxtbwYHNKaIunwbiRaZ8xlYWumczUTTM2xYTnzqS5J9E73IYdlvmcvMphI6Wu2mcoy"
    "sFJAWa4JwM1Xlqm7FD85qS17Z7aqyxNxTdZGlMi7HM3Zk6HxSvA8PGBO0R82/usP9nD8Lz"
    "ucPeffgufU8euD4B469pbASQe9zo3JHC30Z2zzlpPxiExV9x2RJbZ+9OSRaSwMBzE88I+2"
    "PttCTAnGFRvo+i1gD7UfGwVMhT1NhQlb7Cq6bHB966oqn73JEpV4kx6UeJOMSfylsGD9q6"
    "v7HL+t9YptcsjeJa6NgxnOHLF/vHsc8oC7Jz0i/l/i371/3F8P+J/429Kw6hKNf9FNg33C"
    "LSop/bDd4ohKttDiaIiFkSn25q05O4dhGZWsZpprYqA3bpYhSbboDxffuvOELu0iXTHASS"
    "jtjbGpa02UlOeNRIWO4ImpG4tqvMHFqxjg1EyHHpya4NRU+R5tpZmn4rqdZf79IrvFXRz2"
    "de3pMPackw+hARsGdVbHcWyZZaiJB075FqSKRpd3qnc+/ALs8tJrwVKCAvBNtJ+A1XKQVI"
    "XwYylgHBNrHb+llGSF1hfu6972H3lqmb6gLk8uu7oeXnpHpoY94cfq4cD2nk+9WlFUrjVZ"
    "ZRXXKArWgjZeKnwtY1IVxsvesP9X609nSHli780aKOXlLZOGRZ5vkTtzC9tzyqSVpyEhCn"
    "OQbw68aONUX6nkDUeFoAxaGqy1CP/WDOmGuGIzRTm8uXIkfauzzLEja1wNM1yrGXaoo5va"
    "Xy77HxW/cFSqNd+mwrZHw7ZdPNXW5k5Wb1BMDICNA7vElua7NAX9VAFcmSgw7hL1TXnEWP"
    "zQpL5KqYl1khJyDcvFYB0zwbJwDZyc1e7zF/3+TWSLv7iOaaJ3j7cXvcHxW7G3s4sMJ0VB"
    "NWxNnzjGiyrgETkAPDvgUB4ZyiMDZ6OttTrq9n41c9IltkOiVMeETcITtVR30agU7KE7GS"
    "UBYkmQ1RkloaGahXFWukNseSkTHsLJUeu0v5hW5gt++jrApp4S/UzkFzbsY5WG97/LZIT4"
    "ZBwJE2RD09lV1gSIH+0ifgTFahRTFWNirctYLD4eTozJszLLJiTTOvpH8Twb/YWtcktzLV"
    "MF5KhU62AuhWWzZBgpreS1QPtK25YHsDbXbUln6h0or6UKgbpGe3LxGwZdYqJWonkjAeju"
    "Qpf9SqoIb0gE8N2Fr4lfsNKXbi1Q4UeOUGuhm9V86opX2pZU3Cm72bERgNhiWhvL3A0sga"
    "q1H11OsArsJc7DW5QIwzzkm4eG5DY3dc/2HJJ5giVRyfYFS5obHEmGxEQjD5M+GSTHRCeE"
    "Ya7rPNcQ9E7fTJsZ/4Sg93c46VmC3gtsPbGZY7+UqpaoiAtC6DtD7d01aEmoy8v1rxnI2V"
    "P940ssEv5mj4HuHm9usoW/RX2vPaPffWvaJrylzgJmbwZdqPMDdeEN1mNjZeFm1O0jnwmw"
    "cLuRPQgVQXuTVkIElJNdEOmmodv7vm7eh6DLh2orTo7+VAhID/pTWyHyXOHFbOD3YqxW79"
    "+2O14PvidaQ2+oMb5kQ+FGVhE7ID/O27dSSXLrbW1nA7DQXpqhsQGhnA+HJuxXIK+VAG8b"
    "EDQTOEc6QdScBlewU+xyZLMnRPacLpfshKefIq6fIsNBx/wCEz/pkxUyFktqJQqDVHLTER"
    "GX2GIIm8np/O7sHoKscHKKPlGXiJYKXFSk5oneCUETBEqf3SUyjWcsLvAPc+JZWkME4BMe"
    "sucBfwuJxJzc0vZgI9I6HmHxLdIaEj0K7TgNjCGBxzkd+mY6H6E0bm18jlBaNKu/sab9vj"
    "zk7/XVJaf/p2rKwQVZdOWlvhLJBJnbgDHd8Ue+gyLbYQtn+uOLbroYsWEWzOAR6mFIXeTq"
    "pEGMH5cWfbL0BVdeX210zNHAZHrqZ7acMmkuyHRSvr8xddZOaswV3XhEhl+6P5799AEZNn"
    "rGS+fcV4/Z8Ow0Nmf8hI7GWLe4OsyehN3e0E00oxZX4A3iOqVoyNtIQi1TkivhBW1vH6ZM"
    "AY8ItU6dLp5E26wGPEAhSWp2mSgk0C+m3fNbzw5LjdPbow7pJdNNmF6R58VJCMPrU+fXB/"
    "wd6a8V+DvA37Fr3wR/R/v9HTxUn+rr8OP4O/0cAW+g2Aoav4dWGbsDtP0+aAjM8dZCVovd"
    "v7yyFsoNjn2BmgJqCqgpoKaAmiJTU+45oeZSdKSV6Cmhs1kUFa+UiKg6nDkm8xtmXzkHuT"
    "a20Au2DPbc04DoE9CL5uyncLJPwDFCr4Yz92MpyIulUAt53EH2C6njM4wkkZgybzcifEta"
    "6I4x0U1zhY51ZOHJim1+a6LUK3XZ2HOdTEVohrI/NkEf9ggr5FD0Oqf4hT+HbourfFm21Z"
    "2comtnRF51w7FF0Iafngu2FRuAvpLg9+kTQYrio7G1OTOsRYc/Mxdh7+Jsxk+In89+Jbva"
    "+3FpkZ/f/ULS3hbo3Q7UxYOqiwcr9VO3DbjsUA97WxxXQq3N1hxuI12Zpn60xGTKEVMD/O"
    "i+d3d1fff5HPnyI3LZv/t0PbjtXZ0Hewjf4n7tDa4/XfODwfY5IoPep8chP2ThGY9+xPdd"
    "4GPV7a1pr+I/xRMjX/ghKgmxh1rHHnyFRLHOdVQKTDxZE0j/LVDtxJCQg/BoElxPd1YDNi"
    "IDS1aCqkknIrlJDdeYFCzX3UXvQ1YgOHy2O3xinxq5yye5NQC0u6GNbIi7gd18mAoA99Fu"
    "U/GEOLKJb3hKrQrZ5lsAuDehodoJcOybo1wKpFRPcChdWuYKjmZT7/YFJzK5d3uD+wSjyV"
    "wnTzicUfqD7ftaT9E9tQ3eXg35w3qe2T8CVi0lfyDdwsikDvec6g7yzqBP15/6pwlvcPm3"
    "2xF2f2bLlf+vhWf7+VOBX8/PVcGvZ8tdqSvr+nrQ3CWae/AC5PGtBrJ1dmMf9bqDu3OEdY"
    "uMyJC7WM8RL4crfKa/9gbDHveZvnDWKz/y8MivtrDj8ut7/7i/HrALvE1lRLpXvzwOH86R"
    "Pv3TtZ0Rue0NPve0ayYhwk+aQYJj/ceH4CB12ZWf+oNPvWt2bEatGTYSOf2H8c9aWLdlek"
    "N6/GIj0b6Stmcfs+B79jEdYH4u1qqglgT35sXhwmt2prZgZ7lXa81U3KpyqmQ7Avfbb8+n"
    "ku4KEZ998xDfgjD3wacUytdnjsyNsLNO/loOFBXoTwz9iesCdXsDtcDQLOpdAoZmqQzNLC"
    "1qy3TMJSrzSbxzsup9O110diAk0MF+D6IspM21p0wn9iu2OJtQR+vhflxg22a/BTl4sTTZ"
    "Ujn1aYmco7iuhBEuXYh006Sv/CQKZJfeaovRN6u58Yjok4mon/EHL5JhOPYfXpE5G3knbM"
    "H6XGFBJPW5ohzAYJAszr/gGfmSAzLlQXNvQjORQHdLDk5UrM5+qNpYeXWnUxbi9OteXvbu"
    "uaNO7BXcsfdL7/KBO/b+xBP290X37hyNdTIin65vHnoDdlvDdJL73cFok1NDqX9dSKI17b"
    "0KM268RcBsFPEBUUA1KQjgguUIlmOtmvzArFfY5Qf8BeAvaIC/4MAZnV0v9e9I4iUITnW2"
    "OQf81MESKk6AkXvIGut+VdWs1m1wfevKQRZvMYn/VYA2uL7ORmxtPAYCHSm4u/0FgWydgT"
    "7qDtmZc6TbNnZG5Oa6e3F9c/3wz3NkGvrYMA1nNSK9vz+KQ/gvV/zNyUN3jz55iLhYkIV6"
    "d0OPLYSJjevhSzBsjX09jBfJDF5QamKdpGzqYbnY7I2ZYFnTF+xK1UbzL/r9m4gSfnEd4y"
    "XePd5e9Bj2Anp2keFpGkmDeKlbWDUrLiID8emdOrKHVwE6ckgdaxbAWXXkyMpSjqkV3aaw"
    "dXBH8zAMsm/DtF+oaxHdvGEj1ef7uD9KpRpbVtdcZ8DILK7w+c5Ws4v3/gouzRiIvdctx0"
    "tdsPAEs+OIjW/yijY8LkqQQV6oMcHJzAcVQTDk6mXI6Qu+i2kz6Xa4JQ8kKtcmZ1glKSEQ"
    "dGiv+zlL0AEYoCXG8fzvjRqyUaE2bWgFpiuIr7sarlEhwHW3RegjVoRJaA02YzUM5KxWYX"
    "R9pZiFkt2hEHivN2O1FN7otpgB3s0XqgCE210gIfExr1UGf9e6dG2HLoSRJjFF12c7OwzR"
    "iX9hZj5wIIDG7oo3aqZkXYH0eOS+n715y/6L3+oj96cP+GzkfpyeTUfuuzf8+Iezn/+THX"
    "83fbs+8vM7nf/343t2fKyf8Wve/XxyzpvYBaapLTLvxVbywp881CBvZhC+Rk9DJ0+SJnAT"
    "HnpErjnVmLfONrxSsEtmuBOv4TYfd3M1Ev6fDtJtQYgW1jznSQfC7Mct9ZUYF6z6Glr1EJ"
    "4trQHAYcOzNYK2+OCs38FUc7C1sLWpvlKhDcuFq7M33jWI5To1HM00FkYOv59MujVM4qpd"
    "f5Q4XBVS2qjXIq0rWlH8hgK+1XTowbeaNufgWz3K7KsCa79Caz/hw9ozQt9G/5XMYb03TO"
    "3zopZMYwjWldRxFFp0W/1G4UWexW1k6yaOuV1+wv/5fuR++OndB+5e+emnk3N0ZaG3b8/O"
    "0HHg/PhfwhUSuG9O0H+gSytgQiLeWoe6ztJ10K/dB/Q6x4SXb8RMC5Y5gQ7xCOB7qZfvJf"
    "CYE6qi2EelWucsKN4PE1ThSmr1coCD6/es6pVhg68S5S2oSqp6Tdk+oYxbSOZ7xs7fjjV9"
    "kpJ6va1uX0K0zjkEtcmEcdjwHA5tvFT4TsWkgHEg8TwRnMP1FxJqE6gVO/1e9BzQh4QA+t"
    "zQO9TRTXXwI2IAf274vfAynqrPQFwSAg75ZuDVMhwHE43OZuqTIBGGecg3D3WvW5VsA0qX"
    "3oyrpKL273t354hLjgi75uGG9/S0seOYOF9Pzyw25Nt0G/JtwoZc4IWSkR5c37rQ29lPP2"
    "XAll2VCq44B9E3iL5B9K1M7obvIlaENirVJhW2MGR5Tyb5it2mE4WlWrReK1aHoONmRcH6"
    "EGN779SHMP27YXtH5oh9dN/MkPwA7QsV4N3WvlAOLw76Be6JrV+aYN1+sJ34hj9OkLhT6M"
    "ZQIJUnVqZhH5pKtDhESzblhAMLcw/U3lj9xkfqz2ZtQqpcTk9AgpJyekIMqa2cnjAjazen"
    "55YSvEKB9xfNLLpA+ibT6vjKEsSZsU6eEbXQRLfna+qN4NBwms3JKfqNd1M1vDYLodIkfp"
    "XxCIen/FuOyDp/i513SXCWD9VZX8tbAYiGFOuL6Uzc2eYpWMHzAAGohgSgICNZjQAUlQIC"
    "UMy/CASgIkgsUO3nwK4Of3vPMQNRQYi85cTf+1RrqgmycTngb2VqyTzDFiayWhtbm9xuhF"
    "oXaIMcN4iyQZStlgo9RNnKRxaibNWqPhAMOmAwCKIVKvhCtAKiFc3fNUr2wa+jFlInfDim"
    "sdULHw2jZMmtHetTNMVjB/ksYMSEQ6W9RaLrz+9noqzZh5H74eO7jyP3P39688ZLd2XiPw"
    "pxv5/IxlWOKHsz2UiUu655/2OLu8At+uJXFosl2B7sOcDJXi8nO3gyD+xJq6/7/RAfgsxJ"
    "pLotYwdtc4cFEi10OZZCO29ecgX7FE05aGqYH9337q6u7z6fI19+RO77wweeZMGdTXgatA"
    "rnR7xm4XXJu5jiiTHN5bOMShbgs6ynTl93F2WAyVYfpbfmtDx7XkywdWEAyLeBSECG1wwi"
    "AQf2VwefG1VwE3IALgQD6mS9QYucSjJuoNfIEfQaqQW2WYMA8q8fwLsD3sQHPwO8EB9UQT"
    "hDfDA9gFVmVOZCJ89Dh+HN2w8cSQIz0Qs622IzPK1As4NrM0Zn+gQjY7GkFptyLzFhPQKa"
    "GSZOtoWJ3eYEzaiF9GhSg4mnTzwI4hEfk7GYyu4KkZeaRV5qTqE9XI5D8Qxa/m6oYBxc38"
    "JYwccM2H5MhfZjHFm+Ram28gnLgEsyUyxmrp/99EEF441EC9dw8exv8U0Ndla1hDOJaOsW"
    "9fs3GQB//yYVcH4qGfbWeFaoaux7LbRnALye6nvG+LcAwpEs0x3YObLl+V0hJxoyaqIUqY"
    "JOG5NqTdZYYT5oDyCCX5VB9WUAUkl/OQhDQhgSwpDQdOvwXsMiue9i35cEKxVY7xFX4A0b"
    "r4Gb2EGo70ngdjlaA3SzOlu19fRm4cOzC4jNrmEHeGEWfeP8PEV/zBh82FoyFJ0/0HFQLu"
    "YHG7FXzdBN9tsWY2x1EHsgzETn3PHpV3fhD3Hi1YURsx2bkeruPCLLjR+2g2zqO3t5a/N1"
    "GZqNx1d/YisBsc+FqHgzZ1edolvdmcy9sje6gxbse4MowehPL1whbshuPiJ8uKCEDm92pU"
    "cviYlv7snPpnmIf5e4KdfQHP1rHwfyNnJCy3zIlZASmutpPqAnqXhXc/j9UMA6JtZCqD9m"
    "8SF9TPchfUz4kCymWct8danbykYASDeyvi7fiHJbs7AMVISCPKqDMfHGuskNNPUZiAm2yG"
    "6ueAaEssC+YbrlSAzq9E9fXK510ZO3Z1mCruyqLak/icCr7S4Wuoz3tCUmuBFpHcalhF2h"
    "8FYFodeFZ94Kv4Eyi10iXMgG/t1Yjcl54O5pySRQamKdbJ+FQDQ2BWMmW9ayXx+pVgO86P"
    "dvIhGFi+sYwHePtxc9tquLN4FdZDi7cFeO80QlIYmzzkmcwVypxnUSci3STwszXDfOZyVs"
    "42Jtsr7KipnZYQL2niGzBKG7YVBnDZ7F11mGjJzNaw+hyR3oJnZI5dBkqQE3d/qE5ekM3p"
    "nOttCaT/nXxuLajFE10TKBx7PYOkELfYVsXtgCUcILPAUBIh5lQgtKnLkkwcC720kyWaHY"
    "oaXxpnAxs3gAQgy6X9Tpewk5fbdpC60KJnkLXgHltUAL4d22bgN0f04F9+c4tuCxP7DDwV"
    "1OcxIco5JAcKyxJZxoPXa4JqW1m+SCreDgrVB1MSTkwMWw0ww+TIPSuq3grCaaeofSzZoE"
    "+3cHuInXt1b2b88rEHwkMYCDU50sFrBfaDgrsZQguuRzzWmWQY1in+XJTddjC3M25it7Zr"
    "uDXMcwDcfA9unp6UkHPeMVnqJXg9mvhmOjoNUi0h1HF0RMTq70SkMmDOSqbjwir3NM1nWW"
    "fZSi9ZbZIEkDPMAx1QIH4xqM63psgGUb1/WtvAw0tyYsz4MYzUt9pS3YZk0l22/6/hCVau"
    "PuUHhtZQYZVtqD1wLA+YmBK+H84IVSjYXg+tZBC5XbBbRQuR0qt7eQ9AOV26Fye01eq4ZG"
    "FKBkAlRuby+4ULn96GCGNMQhIVRWw2iOeqgMqthA8fZ6wAvF22tdvD3kxRcBxXVp9JjqoV"
    "CHyQ/hdtfjtWhnLrUOUxK49AB5FN3MoXItNstZyjHZE50QPA1Cz7ycfNARmIr+wEFI+/j+"
    "6lMH/XLf+8yvub/7LMLXS0H+5nWIeIRzrLML19FsXiNJ1om4iltCmLteYe7mFA2vLIBVjj"
    "+MEoenHQmgFLCOy7UQ7+JjWrbxfyQgpycf+peDCSlL6IR69+UuVr41y7xORLdWqewXXQLv"
    "eOV4pLyGAbzNf3TTv4i4vhmOF9d33cE/j2+7/ziJ+L9v+nefg+vDbu2Lfz70uhCdgOjEUa"
    "CNKymSUSH4REizHUyq54lMJAVb5EQvy4mLN1ztPR01IdZ3w1ZwZidN5OWNuGkuu8PL7lUv"
    "nuuwXpDgYtyZ7BB/eWuV7XBNXpjdRK3Vr7rp6j4ICb+O5KrONseOEVyvvQQCGT06t/SFof"
    "6j/sKWwhNGE178mdejHn59RPrEorYtXCeTOYP8HPHRRR1E9B/oL2fFi1jzs2yNOEI06b4p"
    "YXzw1dTLV/OXrJhjKqp/SUs4lqixNKWby3rtq8X6I2KtQbXiUL/97CoWhloLFAN54zeIhG"
    "ao8nmNTERyFvoEP1D2n4z6zdAbo1FTkLlQ1HrdZQnu7aWpROKlEh0lHk9N1078JhMaj00a"
    "GRM005GT1gSy2S0meO2O9v9kSEEDihptuOk6hBe2VmurGZYpxqV72ImIOHTfZUkoeJeeUP"
    "AumVAAyYzKyYyQhVRqFlJ0084cyImKtTCaU/zLv/kgqgMt/dK1Aebig2YQwEmHvr0BHEgv"
    "gY6cNfSE16wjp28vQi9OZRM8rQtnDNHdBrhS480pHhuCbKkjtpKmhnOKrtinh9i8H6a3id"
    "mIrSZkYd6u0kYT10EL3XoyCBqvuIO/gyZsgp+oter4xY14eaLJnNM5TRnTs4pbFhw9ABdB"
    "VS4CsTjU/eMRMfCP52zcJd5GdfCjcoB+PvTBc3Ok7Lnxt3wVczckksvYrZmaWHZxNN6Nj3"
    "j6c1aEQyLtQxhqIDXL+xhURFQy2aNCQLuU6Qq+Aq7oC4lKgSekNrUgarpev5tiEC1f1VVT"
    "b1oI5zZW9mGS5+u2ZxSYPS9RIQrAt7sZqaXQRjWnDOBKqWDKwGYjg9VsUyiMDSbTywoA9T"
    "I0VDuRjamjGeA9TBGjhsKbrYbRYTI0bvD0CVtXupT0uDnZ2RZwMcVl2lRfZQy3XOmGuUIO"
    "ddhpXtWCZz34URskojYiacLfQ/3QRieIa3hdHzzfCjp+g/4DjY5GR+h1jnn8Q8jzSheIUI"
    "JPOom4S4X3HhFRj2O8EuV3BSF0FVTn4EfYE/1gsxWjE5vBxaM+ifYUtrtY6JxGenKK7v+/"
    "mw672mAPOtZNfroT/GNE7DnG/HF1E/Mh2Rgd9Gv3oYPYtPPeG/zBg4aUc4P/qhXiHAX+MD"
    "ZmT2U7/C8GCH7B7Bz/KelNKQOfavQzF1vnYQ+j7woDfmqNzL0twafauuAPsb9n9MGDh60c"
    "k7lhhSmbkoB1gJBRnZ3urYgY1RngEmq2AEUCKBLfDfp7pRwWbS8On92tJqN/vpPBauRenf"
    "0sR8/mEcw3ZlT9SGc/ekc21twuqtw5ehK5+WtyXSarsYT7joioFMCuYEZjIBiy007RLV96"
    "7P/wlN3nGaO1ia5qrG28aTHvT4oVB6ZbbbaCDphuYLo1wcY4eKGBGqgGLWCatBpWcC+Ae6"
    "GJ7gWwfqtWusD6/e6t31uduFuKxIRPd7K0JlgIAaVSMUddgvTpn64IHyIvpviMV1iYjEHf"
    "+0QcMXqjk3M0tfSZ4wlRgpFrY6vjdwllZi63NhM2cFU3HhHPNcDOM5v7dY7ZfQnl9uz6Nl"
    "wKMXgt+sJMbcNBxwv9GVs/TuaY3d46gcp5NaycB6ZpK2uyVJZyUkpeREqq9y/D/l2K5h8I"
    "xJelMXHQ/yDTsJto+W8BlkPBR16XpgjwXFd/D0F9Kan9zge4iMEuPKnqClRErE0ul6orQE"
    "JH9II7opdg30FHdOW9qk61dAJMoCN6jT73ULIqHX0oWZU251Cy6ijd0wsd0duXBVtPVA/h"
    "Z4RabNBXum7wQl/pGmTGHiYAcY8tg0Z91dEznW1hh4lJbbZuluLSzKXxPCm0oMSZsweivu"
    "9/oa/QWLQZZicNYrMliQxJT5w8A4Drvl6uezF1Sm7oQKB1peq3ARkYpT+nmqQ/JwxS75XM"
    "YY+GBcEcbZQ56k2dsjUaE2uRZl9a/eQAMtApd6nsscVVqzaCQ+w4Jp72ranQBRK6T+T8Vg"
    "3I9q7UKL80O+FCXI5e5wwjtDR1Z0atBbLwBBsvfGSkI2/gBdNskOUSpvJg3cLTc+Stgw6y"
    "KVd8vHEM2798ipxXYyJlWpR7xxE5dl4pmhk8X4GByRkdXkrDAnsiHcQvYAPbATlDdxBlL8"
    "je3AoxvNrOFxaBDmQ7tTV9IYjpytHVqByEV3OHV2c4R2vDkBBAvw81EwI8351Gzb5Tal+U"
    "jUCb3rWy1GiGVgEK9HCtsAzcLNWe6gZyVlV6s7Zq5TrcwJ/WYSN2RQZFml+r1mdDlEjyE2"
    "i5+in6XwTq7vqgiWdM23SdDno1nDlTg5ny+arbaMYUlKnMxVjUsNAvo9bf+XSd12LfC1lD"
    "zfQvwFqgNXkYxUWdvzlYtNBR66AXE2sdI6n4EiaHsIVr5qAqeu0GzhItrxWcMkBrdgmwhb"
    "8L3ANPpzL2MUHAPx/+1LVyb0FJWZiF4hMdUpZ/6ckNh0yhyqLBnKVrMGcJDYZQWVJfOrzB"
    "9a1TDkuhq4NfC/xadfdrXXaHl92r3uHdWhz9rV4tf3oyObV45DObT6tPQhHaUFBWeJwszG"
    "CdGDzwqj/pvMo2Yh93zy9lJx1Ze44FtLl6BWLrWQTncNy54rMk+Ysh/q0AcVgG1JAsaggP"
    "emoziy7kMdWU/J6w0J41HGrms1Ir4SCAcCS+6R3YOTLv9HeFnIgsaSLpX+HrFJNqjelcmI"
    "t0oTuTOVb54IckAM5EAqQxm2ELMxtB4mhIT3+MSgGs4MCsl+tshtkumsdzbwPy+yGPvy1F"
    "IRJ19OOSMAP5ZsCjPOcgEUYEofRKnUuvAFM0/aVrL1MUSoFAtYrWEOK2hDYg3z/0vSq6Ez"
    "aUAim8FEh68Ghnrc4LX+zT1wE2162Ed8XqAopzwz7Nabj/u8wYW9edGs4NfTqShNfW5zrb"
    "Ims6v0oz6VO2oFo6HEDQrvH3qLMlFsZLdqtGasIyrYvUFM8m9ppIqwC8kWhfsLF4fNlXw3"
    "BWHkYKIMfE2of0u7MMSL87S0Wan5IirZh+EBaC7WLnch7jGdNVkwin1z7fSOxV/LyeqqwM"
    "11Jqn/P+F5K2wOmwrwUA9fyovxi6ymbiX17hNqIvjWp2kuJZOMZSBVrv6tZt0O+zEG/ep/"
    "Nu3je8WHWl+kd7HdTc5lFzTYckWuQ+LYvz7dqyjy947SJeu9CSqlUhsOspXiypg8lkNcAT"
    "akkroSYv6mxzTRmbyzVLXF+Cj+r3I3tCPfvvGa+gmXYzfFbrOcucPBYItDB3rHgDlL8JCu"
    "D6l7cQ2rdnH7Oo5Gcf03Vyfi6WO4bZL7Udba7bSqV743ItxLv4pZyWZ5pOUkxLM/1+E/Wi"
    "i9desjsoeafCMtCcbw9XSbPsTmBG5Tc8E3bSYdT6e4suqD8VycYG65Nb1fhlcFnNIszfi6"
    "peXhIlm2sV/SW4vnWdB4oPs6nG46uPxTdYJXxmv0sO7u4Oq4FsnYE++vR4c6MNelePlw/X"
    "/Ts2KBtCs/DUFaSCEbnvDS57dw9a/9Mn3n/VmvC8ejqbjcjF4z+1O+0zG/f2HI3dlUY0tt"
    "lqixG57d1e9Aba/eD6sneOFngxxpa2tCRF0rNM6tmbLLmwb9JTYd9k1fPr2zh3aukzRzEC"
    "cnQ16H56OEdClk+kaKKrde/vB/1fuzfrbroa+xxb9EU3R8Q7x9voesfkrXVHhA3FDzB5nK"
    "vRbvFT6syZDjWnZo50m4Qo5Nvky7dpWsX6dqFv4SWW2XoXlJpYJ2nWdiAUg33MpMrCfX2k"
    "Wiv7ot+/iVhxF9cxUO8e+Xfr+K3Yd9hFhpOCdeg7qI0lYfP0spQJwdYs98K8RlyV+MuROJ"
    "VTUQ1JAJyJDGALY0U8wyIAaKLwgqfPUu4/UtttY5Kw5SpsuX5JJYnWnu5LDstU70s++q+Z"
    "S4QVxawjw3QMYp/y+/23oh5fWw+zSSciUUczpkrTEpeDqSl8apiNajl2Dt9/RLB9lLOGeP"
    "oDkLZyzJj1nWeGQ2Iwv3WeXyjKW2Y1PNsdLwwnX4A0LgslQur8HgWuzBwTHROFea7zPHvu"
    "ac3Cuq2WP5kQhB00yw4KBJN09NtFMIlkNiynOWc9KgmzXpdZl2yu/tNLvqGqFZeSgpDdIn"
    "FusV/+RFOqLqVXs4pKAbDpjYShUFgZtV3XZpAqvBJJAHhn0lvwvieBVk58uwwN1SyMM5es"
    "im6OUA+sUHAz1gNL2y0A4B0ASzbIDBCHlC1AeAfCScV0j5p2bDDT8IJae5a2W/Pku5shG2"
    "gKpc1CtOCEgxdFwXXNxmoTTpUkaoTX2LacjdhazJC+ocXfiN0duH7jfdwpb50VDIJsnb2g"
    "7Jg4LDpknSMdTQ17wgmDfrt4IjrDW3iC2VjJZlzFDQtFC2vNhEzPPYEEiTLLFTaM9NuS1Q"
    "5u+PY6ZLO44cVnS83pEhZp0/tWmD9ro70o4RoXA2x3u7LEWizARu0H4zQM3qxWavidlffr"
    "lS7gApCNJGy3FN34m5viJDxwOr0wbbeZZ4Htm8UuW9vcuw2yB2b/DL8+2sw22thOE/qCLR"
    "sdE2Y7nSPM/ljxizrMjhIGU+B2PemgV8OZi2Me7R2JBFD0ykwnjAwHGTa3v5IGW3W3lVb4"
    "irxD9rO7X5Wv78XCK61ugJg9desiItai0FLVHdRAIyovevrsKgZN1wKA524NE3ShAnUhqb"
    "bJP477Yzv0Rmkpqpt3tla65aXYVG6Zwuj9yIRuGb1gq25pLJbUcvx9Slt4IhlVzK7vi/el"
    "EJ0xrc/ET/pkhWaGiX+wkTcummN9yjVAh6JLS5+aGHk/tYMs7NpsiJmvCRL8zRGySc2y9L"
    "tJFcqgCoxAGJTJQyqTEAiASkn5KyXdD/q8StLwnNulvD6SPSLDh/7l13NkO3TyHNQ9GgYl"
    "j/j5x/v7m2txzHZ5SFQc7d/37rT+4Eocp0tMNOHn4dd3b3pD7cs1G3fwTyajm9jW5gYb3+"
    "NqHb5LhDdpamnYG5F6pPry27Ym1RfiP+nvQnvjP5CG0bZZT0vDSNi4hzEZroWa/wsdH0nM"
    "hc3JLKbCn3QM5V3bpVmD8vddKH/c0lU1osIykFibJbEWkwmd+n6XrCiHZVqHcvELue4VYC"
    "VQT+Z48oyniogfXX7pXX69vvt8jsQADPQREce0T93rG17FVRzXZjp7T6f+ufVhUQD28e5O"
    "DGC5hAj5K6bdnKMpJXhEglEC+UH/hv2tXXT51mhR0+QUe6aB1GMDW2w8mlmt15AIWK+FW6"
    "8OdXRTs+irStuVqBBUKIyHFumzKqIhCYAzWVnXq3utCmpCDqBNVnUUHxlVZONiAGwcWM/U"
    "Vkc2IQfQJuoT685krtnG/5GYQekliiNC1YF69qYpsGLLohJK8BaTJxBonb0D5ZrAYxy5Ln"
    "+cYGYQw57nmvaYKBS/q09gIDnPIUs7x1QnpWG26zzbUNaowqo7UBam6LIwWUpqhJq4x2j/"
    "CuUhvLjkpn98w/SSTFU05AZeDpTYXtMiiMqPhfvLKjUcvll2OyPiocW+mzTbJxg5c05g1Q"
    "nyBkD+m8fToXjTC/bUHWQQ7zB3HosQ49+EP55DgFwypdjmFNYFIvgV25zFatmS+hml3w3K"
    "atQ6GSg95s82HqagqPhD1wKQwCJzgBDHcFYeKAlQt0V+I2J1ZlHkdIcU3zLXx0x1/4iItW"
    "kNV5xWiL+xR1CJwa4FIAJbeAT2TzpWMyI3Am16BcoyH//0SJF72o0RgmXDAM5qPW7WlTz3"
    "8JC814FwxKQp+p7ltFvL9y21YnmvvwdLzFev9koxA+0ZtOfmbLtRzotkNW9rxukJVNiD8z"
    "C+7QJbcObprAMtdVRitHy3UNGLg+tBLS5cLQ6IMIq7SlgM+vsqbC5ghoAZAmZIejU43dJN"
    "E5tX+upIVgsudLqztRKcf6E21VcK8YaxaxsE2zZiYl7dDMsl56IEhl9AA3/jS+MHG82MJ5"
    "ftq2iJLWRj7xOh28hdmlSf8kiBTqa8HBvxS2v8YEtjDqXecUQCmVdeFs7UbQdN6IKBg6fr"
    "AnKL9Joe7FH4ueAZOZhQ2uOgCYiRqUjAy9kvKbzMmNw23ktzNz0ZppzIEm/oLl4sFQV0Iw"
    "EqaOEqaLAj5aFsRkWBzVVnNpf/LVJ570Ii8OIV/uKxz7uaLbIRAFtkty3ia0972iKByjtw"
    "21yWcbOyVK2RkFfJmM2YmsvQ3LfbUmBlrAdsEfLltlxKIrfNiovgm8WYi85wlsKL3heEW1"
    "a8C5IwsggzkoyJVzzbeaXIXtm8WjjvjKSz7ZLZZHhFmSklGiO55AdeH9FkU89u65fdNhx2"
    "tWWY5o9T+koSdl0ldx2RY36pV1SjI8SGXx+Z2IK+4AVmqyAoGu4V6mBnTDx9YrYjO2cZzC"
    "Yc4zlbm2tj0X/ok3Rz0LcdfNuT//MZ72kQQiCuqkBcaNayhjVCIi2kWxVfdYG/DQrw+pe3"
    "ENriq26y341NFXDXAq2LyL398CbTwn2zZeW+SeArHBzai266Elbmtl06LtmiVJvKO5zxD3"
    "GeOYhLwhzknQOme8pC09vAX4u0poRA1ZhznVYLNOnMnICIFHiHivcOAQ2m7AJ435Ymu18u"
    "z3dcFlzfdXZ9M8tZzdO6EQBPqzSzIlj9qqnhEskWaUtlubKl0ebcrmyfvdGwNZzVlb15dX"
    "f3FgqvxgIAbnfaveTVVU68r8L5zSM1W7zefiAng7vbcokCd4nXT+Zu3ECce5FDnmMbOw7v"
    "WORxi9a+ZZtnLWPLd07rged6wruW25xeJJzTXl70NOHprui+IzKnr4gBv0J8leCJ6xgv7G"
    "IT6xb3rouca2Szd+VHOpshgvHULiPp+ntxVZdGX2pgPWK/GrCimXGUrCY8vP5817vS+p8+"
    "nYulyvYxtljjr9RhPNcW/ss1OI8moEtmJQTE5arTVt/V+hUILXlR3n6976n3eE0ZALxN+b"
    "xNoo1BCM6/HInmlT4ZcunWTEaB1UNNAdAeCz91iNagXXWbY8rvv8FTYd3LRFszDYUtekId"
    "tcaL/vXgLoXKrlDZVe463ajKOSY+IQxu8jq7yS3MU51UooAbCYgAFh4BhPKrJeoKJp3ooT"
    "70GaGNSUFwSGbhbTZ91ZUrE4XFuzM8FKzKAkIYN6GhGraOs8YxYu9wJIYxYN/QwfXlw1HK"
    "RgxBooJqM6duGIDwDoRle+QeBbDlHudc6TqtCiuXmqfTdZ35ENu296yJUGX4dGdbqJJp83"
    "PN9q5UCFWa9Mkg6FhHDn3GhF25MMzVybmIF+qTCS+HIM7YaKJb1kocN6boeMQW33R0dNIR"
    "Ryw8Y8rr3B+ERwD9qWd3khd4ruC+IzIiPX0yX1/F03Fs9Mfmkj94LtB4JTKDRJRUR08um1"
    "E8RY/33AwTdRx0Yr9iiz0WryQdveXfeIlqak6xNSLRZ1myf2PCS1brTzr/pRZ2bcx/H3rV"
    "bR6pNTEvW83GW5r6Ck9P2L9emKgXQH2ds/PIn85TdEOfqOuIp8Ev2FqNCMOIx2f9athMRn"
    "fQwrUdhNk1wTLgEV/0hzcud7n88bcYtl6VC+98IMWfbYleqfUsQr7OiFC2xaJjvtzZ4Kc8"
    "5msZzuqUrS1RjhtPnm3+uwxvBtirzOZLPBCvhuH9ngnfFqyTU9RFFn1Fho28TWqKxOBMeq"
    "7bI4K/LXkMCx0T6uO4MASIM3YndtFE549nmCYaY/Sim4ZI0iKpiVL7RJjTfYVSZTSnp/Cw"
    "MeZSih7n6dmdkpbTgD7dOcH+mAHrj6lQf0x0mWVLniphu5FoIboltPGdyXIRttVl8yWgJJ"
    "tCSbbNp1nBUxAVglBYHFR9OmXKSArVRw5pSKR1AbHiMyIhGpYOfXujYb6+n2ve47IQC6tz"
    "LMyzSux8qUEhyWre7yoNiDbN8sZMVn+bw5LwLjdhlvOkVMYlW6caFd/2yCt4oxb5i8iUFP"
    "JrHpN/g6lrqyIakgA8d0VQXT9kVJfI0wG+5zsDT6EFtTuzznufC4D0dj1QK0GN7Ht1qgR+"
    "w2M1n3TDdC18JIlRRc53tgWpRNRHm3mXZoxS8YHxFC11236l1tSLHHmlt4/5OuQP00ET08"
    "DEQb7j4sRLcVtalOsONs9QY8/ilfVexzEcfTY75WGzZISqgnvy6NRXvHREaIOPZ3sxE93C"
    "iFAUxHccSpGoLudFobwYD6HsBDZNr7+pvtQt5+QUPRh8EC6Pl3QyH5GFYZqGjdnCm9rIpu"
    "LxeKjLXbKf4Hi3C7L8kD8piD3iiv1Snt6Jhn+/EREy6szRvaeI8UM8DMX+13BweoG6ACUx"
    "x743CcrT1SgXIT1KE566rMpxWKaF8YTifYZNcco2GOLwZyajohwWgUBCgier2474eDMreC"
    "FjCm2rTZeQbQ2+FaeOjU064X4I9t02TOV5kEnDTGSfiYTheBiVfOiTcIZeSQeZVh6/ZKti"
    "HpB6tKBGRCbdPH1+9uDiHLJ0a43YOEV9D9P1vJTqlukZPmlFLStI8DmMd7uUVB53Oc0ZLY"
    "5KQrS4xoGHNW24Dt8K7nS4nenSj0RwbvvXgV+l+YSmw3wVoAZQGTWA8MTCkm3oAX9Ly8pa"
    "S7TCBN22wfT+8bB971/vLzf9u8/B5fEPQqxYIuFAqHZ4DUkBm1CBTShsTtvByxymaiAGtl"
    "E+K9Vfs3k4MxFJYFPUR6lJsimA+Zj+2jVTl83CfKyegNA+tWwv22AXWaFP8ANl/ymWqlCv"
    "SSiMqlCcoXU51wnBZtcL3R5JzK3YFZ1tRtfEu1bzI8FZczpdC9lzuuRxWx7rXejWM3aWps"
    "5T+PgBcZIHstkxZ0atxbnfuExEjr259QLd/gN01ld6FyJjenIiSeqs8MZgR9bLjgzmScVv"
    "G5ZpnfO2+Pwz1YB89cH4xqbvsC1YUww6hERa4QeJrd6zLNmp7Kr09XuWyFDlkKX5m7YD3T"
    "KfUwXlGb0kf01k0CuhHZNr3eZRCtqveDyn9Fkd7oRg6/AuZScZ6zbWXEupB2VYpnUol7Kq"
    "eW0hTb2sQEysdVgXr9lxu0jqTdkC8kakdQAXr98ZNrOheZcSxbBLRK7CwEtgtjQ27rJ07b"
    "mWL9QVFwXYVWA3TW3iWjaVuATTQ7oxsVwbSoNCLGWEdTmEuaIgEUEIdUGoC0JdNQt1AVmv"
    "ZbNeAFkv3KNcnzLV1XGwtWfl1Cs20o0YqIFLIS0WF/1I+g5/zYv67AfXvT9Yn4/VWsS4Ms"
    "w77clymJTQYgMN+ThtRcqeG8sFJo7GIdsXraE/GEetrYAt9OUySPPYA6ln99YbqK04Lalp"
    "TIy9VxRvVXfPh4Ky2Bm5FKHvoYRHEf1a7uZQxL/Tu3kUXcS3Ei9H3ktbFKn4dOZgcorEhJ"
    "4jXnOZaR6C70CXmCDvFh6LwedtdJD97J78DQVb1Lk4G/x1FJuBqu47Ivw2ZZApIE+fn6si"
    "T7/+1ZS9Hp2Ndcw/u4ota9YC0KhG4p4M9P80XHdzhbRUhCHukYx7qLXT3ad9bstXrs4+ro"
    "ulo1JIIizSmhSSwgDFliWLUaRvAGuB1r32P715k+G9Z1elvvjiXLyxtu64KbVlesRdJHjh"
    "0c/YWrpCtLkaq4j4Uf++d3cuFOARGfTub7r/vL77fO53VGFTwI8O+ze/9q74QZuaL15Q8f"
    "CqhfeI2poFnnFXiYvBzhLfWYJuOrmq+EZEIRpXHwd9Mi4TvM655jkiCvNc53mGqGv61tnM"
    "+BtEXb/HWU+LusZY61yxUfO5RIWgCfM2nUi1BXNSELwDkh7X4dijFOBtLnGZdItQPkRFvs"
    "SOkpwR5dLjycTdhm0qWdOlo/vp7uLukfVbANCKwfearfqsKMve+t1Yh/bjApBud2vs5LdL"
    "uTF2meHtKH9JEuFOEJx2B7klBKtMce5okr1uI4Y/tnnX3WM/Q433KeZU5ZOOqCEvKEl+z1"
    "7E9NHJXPTx9crf+6N1RJV4fuTS0qcmlgW6K7nxiPjFAxw0xhMG8il6DNUa2Igliw14Bf2N"
    "KV4sqYPJZIWesSjn7z1n0NtaWv8+kt4emRi+HKESfm3Uh86WCHs96hocWpMr2ReefDtyoB"
    "0RbiHsxUeHt8WIUkyVA8SF2rCu1ZGWiLYu8Fl8rzn8wjVq1YL4YanWxNMqLvZoOFgGe3ol"
    "8bXAXpXE62mayGAspZC4Qx3d1GaymhPbFnxEDFxNedc8cFjKrT/BzFzjBVtS7n3q2o4KtW"
    "Y7L85XTV1rIkN0i9a3EWndwi1eB4F4dTr0zYxcQrz6e5x1iFcf7iOV7gdKRXWL96fJKm1Z"
    "La4hLlp6XJQGcZs9Ac6a4F6zBZwV1vCLW68A3TplXhacC+fTZwjMRfP4dwfl7kNVsFEkn9"
    "MLSdmYTTJbNuiV/X+dOPEY2DoExhNEvXDZKeoxw2iFREYeEk6vREiumtuOyNhdLG3EfrNh"
    "MdWHjfo3pHtprxO6WLqOaIWN0V8uu4fhrHi6q5cUy1QgcQ8LT9jCsYOH4veaUHYfPD0VV3"
    "qjsscwVyPyZNFXu8P7X+sEUZPH9rx7sT8JeyILcdFXy3DY4OwI77LNfkB6aC+0e/r5aBDO"
    "q5GLZku7q4oTOuv2rStaUQu9wWrLOibYGj9NxS7IzVanBn9UDtDfC321LNuoEJgqEhdl83"
    "IXl5hM/Ro4SumLX88RfR6R+97dlUhc9MfhaYsPgyCX0bG8VMarXvfqHPFCJnG97TDhbUiK"
    "Lnjhi7aDylGlqFTrPPSlhJYI/uZo/mLM4bOViEMSYX38tEn3PCYMUjdnM8qIKMxznefZV6"
    "7ylGEOCcIc13mOIdSW/uWEUBuE2iAuVL+40GEiGAPMHn5imIYoTjpwyZEkkpG8qJMlomFF"
    "xLK2JiUYLXXb5hk03HMfHQT9Scfn6JXXvRTu/MVSt/C0EzpiMQEnesg1p4hQR9KNtNx7QQ"
    "PSejUgZduRlU8riEqCVlAXrSAL7WpmECOnxh8TBZ2/Pspfcp7ZL316krEp0t1iIZEKfWJj"
    "7C2nJqYr2c+urU3mePKMFUOkETHw6yYDGnTCFYFvarhGpQBWKUswz4pNCgK4KeCqLtq4GA"
    "ArzRpSiZltBADMJP/E0Q1TKfEwJLJX6mE+/eC/Zi6ZCAN07BqmYxD7lN/vv8vSGarISEy4"
    "kw7j7YjUDZI4OuJ1hXb7OCQ9hXb7OB7mmFkCOrF1Mc+6iajrjOk37ocIBhROiWi1EfsccQ"
    "Kig9nKWHkUSnH4BzT8cn1/37vSvvT7X4fIEITLhLejkruOSDDUD3b4bh2fcokcGmWDHk90"
    "yzKwhf5/fvnkmT0sm7XFGFsn/H583jGZnvp426frJz0dkViMlTtr2FPqyMKmvkIL9n+O/o"
    "w91w59RcdsNigy2I80sW5jdrVh4oBUavDCMmhmGk9z5yQbrTOYekIT3M7fQxyTeCT4X0D8"
    "rCXxE0qMZDApSygxEnqNFACPibUQ6hLyTr2tVgXmkEgLIS7eQRJ8wxRXc0yshVBXW5uoXR"
    "zQJPfzqn/XO0dTSjBwPltvwQIT8fuKZADHtyqOL3AB2/82QbGV9DesvVF/YIC2bdaBAQrF"
    "VhoOKZBqFZQPKLYCxVaiwbtn91ZfLr3fmAzdbc52MgXunl1t4QlkZSa7Fhp+fRTBX6+jgL"
    "4JY7mElwwJR7Z+sMXVxlTCO95npAzVRo4YjpFj8dbYe5Ui+V7CUaXxkJva47zBvmLD1ngc"
    "+gVLAqyUmlgnKUs6LBdDeswEy4I6WO7V2vYX/f5NRNO/uI5FUe8eby96g+O3Anp2keFEgq"
    "tgdbfX/spidYP9VRI7GGpS7Y0nGF+HNL64Vro/vENvlJZiunlp65QhOuQ5Bn3BFDyS2V2h"
    "050shhfdXJspGZQz93gTNq84JB/lCXOW4jGDq4NMOhHJmifMYtIdtKAv2Ksuqb/ohlgQ6w"
    "qRnRCPMWmSlXWnERHDnXr4csbSKcPIXGn++B5t0rsb5z6GOJOn6EEkpXIyo+NaxOZPyGmK"
    "DvU4i6/Uei4j0xQ4h/wcFJtsxoc9Ejr3X1I1UGNSgCwYdEpQt8ugq0uuBv9s3lPTmKxS9Q"
    "7/dCa9w8uVXHIJI2uixhemESzcyZxrAdS1Qp96T0fQUVAImycb2Ng0T3klbPFTvGrYvp78"
    "A69kLZYdr2LNFY1Xw5mzf/p6cUQXqeSuI8ILWlsG+8W8csWMWp5eM/z6eLrWddhbzM97A2"
    "NRo9tzh62vQDOM/Rrb/kNld1KDE/qQxTDmuoW18VJF9wiJVPeNfPuG/b9agxwCVZ9hZ6WN"
    "3dlMFmpMRzYuByTYVM1ObElJbNOzOZOS0E8yfz9JIFa1TQ8EYtX349iv2eYFfv2KPxON9u"
    "vXbPE2261/w6w4j8kmMa43JzvbTGveRtdLeM5oT3eJVzxA5OWLegLMFsW2zU7z5H2KxtR9"
    "mjvoeOyu2FXMOBX+9JOOz4p6nRvMLLZ4hynbQc941UEziy784/+vvW9tbhvHtv0rKH8Zu4"
    "7a5Tw6nfbMPVWKrHTUkR9XVtIz1Zri0CIUcUKRGj7s+NY5//0C4EN8C6BIioT3h07bIjco"
    "L4AA9sLae8+wpjtoaaj6Jqu5avfRuf5v8Dh6nT2E/hA0qJAGc5II0Arou9shcUA3SfyoM3"
    "lVXJGBhNqt9xcc2q33F4XaLXopuUeKvyICIKfMKkHdsRUnFbn7+j1P6O7r98Wxu/Raiuan"
    "U5igKDFuU8+IPu6kkkD5Lc94fls8nt9mxrNYLahDikB1bqZ40WdSrY7hflIRPBpDuicS85"
    "ljFvAadSS6S3ZMg72+ILmTMAJc9zM8MZfqQAqCurz3u9Z6BjM3F5EYYfvpndABrQ/cSdCi"
    "pADH1pruRST2FdTCkMQOcGjhnFHAosWmlD08WvBq8jFpxRBD0ZFu6Sxc3TVyos5KUsGFBh"
    "KSQy8vCVxmKJ84yzXWPAOHPc+dBe5+9Gl89WU6vrpEURsLczr5Or5EdAZZmOObK3oVk6d3"
    "JBccK5zjVK2448irFeiJQ56jDch65GS8VenimJl8BIxM/duhulkdI+Rl6mW2alR7jaGHe9"
    "HD/aLLQbpXD1++tfUlVojzaVuPqlF1p5xtpbsZRk/otZvxmG2GF2Y2e/Lw7m52+5Ve9f8g"
    "uo+ejX8fj+b0Mxv/m5X17MYO2gdew0u92vScZw/TdJenab/H/FFI/qc6efx2SYqgfPPuvq"
    "4VuYRGEgKHC93Ds9jJTcYO1LkQnNsesslJXnTwFljDEM471jUM0bPyhA0MX55DXQpYDedi"
    "Xxypj8USAytxLjYjm5DZZDQ/yZ1/6zjQjTUlKbqpdYcD390moL2x27H5lhfczH6pINNs2S"
    "IHIO8BuWBdF07qm674mwX+Q2D38fMMG9HEUKwFkU2wkNHM1ICRnHqZ/21Jj8FgK9dkhMjy"
    "6TKUqFv50pbRjM3WahdkdI7+5ViG9i9kmcYz+sYyeblrmwYdsewZ3zzy52MNfbmjJAQ1jU"
    "qtksc4Ltqq7jpNSTX3pIV5ShtB/4X+4z6jv/0f+j8ChauoDplNBuGzkOPqhoGsLTbP/NQj"
    "VAjxoDr4J3qf/yykfiMjgDRMM47QTQv58lxRUpAl5NjqlZWhOmvFX0hWOGfnWBZllmMsk/"
    "vTStRZvCssy67SCTEzadKKtIx9YvITmGYydjKN//pIFcsQ4lOC26UZzPXRgNhWWGypYugb"
    "PeeoqJgCzFoCvJlwM8NycF6kdVkFgZ1Ri+UDok96Wz+Azpw2pllv8xAvnXDjZjCIITCpJV"
    "whk+/BeEKg19ECvSA/f+VEPrvDAKBQO0oM3qnPNPP+zMuN04pdHZTRgVv/PsX2OKO0Tobo"
    "QXX9RL6Ot90aOrZR0IqDThfeW6y9X3jvHt5g8u/rX36lP79+dXaJtra1pftGmqfIMjFa6S"
    "Z985DnYHtAmtA19LTGJlJNizJnoY7Nycl7dJSvAFFo3eLxSI8rVN2XhZaqBwt8wphNmWKw"
    "v5NQHpaUE09t7VzLVQ1x5i1hJtMer2XyrX8hfoHQ+ESsG06yQuW74eTqks21C3M0vBmNpy"
    "z8b0n/UiMMIRROG8WVNaokaVRaNBmKqCuok1OmIEzusjAZ4keKXzF540eiV1RUVpo1BEVp"
    "cQ4zUJw3TyKBQK9RgV7shQd89+XZzkyOB8jydPPR0pd5VTFEWKX7gB6Y+K3Jg32z1JJnL9"
    "eqU5xLO3nDoJRgCm4VyaldjA5wMB3jYOgeK9+NLSBgQgPpkuq+4fFB3xT7oG8yPmj/SALN"
    "VleuKEVwNRt+nF8iZrsw7798uJ7MWdCy4z1saMlZjTe6mViPb0hTDjZJS6Pbm4+T2TUjFy"
    "xzpdsbesfdcDafDKfTfyiz8Wg8YW1uVdvVVcOg5+xLrAeth1d3n42mt/esOaZ/qI++eM2T"
    "j/l1cT7m15l8zCZ2xcm9mJE0GoOWeb1HtQLuMSPAvRru/aKz5cI+mJFtxbbEsgJmDOWL56"
    "99Yg+zlTgKrQWh23lKsvsNWcv2UFjpFlqsfdns4H/z+pd30XCnv5QN8PtrshPIjmjTyjtV"
    "LB7I4f3yjd8m8lFUzgIC+T8q4Y1/bNnuWPiwPGN44Il5N6kVzgNzOCgqHsPyHhRFLmiVRJ"
    "EpWzgI7vJB8Eq3HVc54Ng/twHo8y73efUMdJB7rj+9TNnAKtP3zgz6t8v9G5G7VfZmKVvo"
    "6U73NOPdq3Rz3BD6uMt97G21in5W0hL8rA53eya/ECjGGpTjVc2hCdkzOcBNuX2iGBeZA9"
    "SQa7fFQO9AJicY7Z20AmQ5Qr4DyLIoi8clx5rqGcjcwcnJAQbpYGvGF9LBdkxtDolgueHl"
    "TQFbulcDlPegXLQ9PUDYb+jmoar+hPx8StqTaI5OSSWWmDR9IFwzvxVZQTpWpEhvwGotVI"
    "S9ivvCRcL3lTdkRIkmjHrjRv482bJABEjIe+wgkv+4OQtxWTo88DYL/Hjyd7lVMxtnbWWC"
    "uG09uvpDoSApD1uBoZ2yalGT++aiL7ke/WyYfkSO2KyRMJNG7F8zsLsykULA7swA2EwGY0"
    "uwdJkFhCrkJD0SQb3NieYV5kQy4eE9w5iXHYneVMhF2plcpAFlotRAMwW8iWwEUwt0APle"
    "99h1/a9XRAfEbhpw0AHkPlp3gt7Pmal0tCZ/9k9PtGbPrg20tQx9+Txg+T9t6wltsY2+42"
    "d06mCMKArY1M5395/7959ls5DW3/wB2S3II7KDvTiUKrhduiQM795yxE+9e1sYPkUvlZMV"
    "j6rh5URR/X5/e1MU3R0YpBVp+tJF/4MM3enjNqQEZgoFbTmSnYXwnl4P/55GfjS9/cDAie"
    "nJaAMf0swGyAJfiCwwszktXvWbXMnCQ5Oc9St2nsJBYsfPcPjK7JG29EdsP0eZR6Jic2q4"
    "0oS17U4p4OQG10KOay2/I9Vkv9CqdQbWvpFbWELrJ5tGopk5q1gbDyxh35eGztKP4xWQ8E"
    "cl4cN9s1g6p6SVdNuJ+nM6xca7AMxJq0owd0yA0My2LVaSguATLOcpB7CssFXMqsXKVuH4"
    "7m1hK8g2BdmmXhLukB+m2fww/iZUyZPxFmcrSZm96OoekKykeAD301vmSVYCB411HjRG84"
    "loSFfWEIK54Nyx+XPH/IiN2GisAWG51e7ZN/e4Onc4gKxK2xYpkVOI8tO3TamQgfM8rvBY"
    "UZdLvBWXvMXNpHGjQUvYdWAhd2pJDcD3HFwEuaukCuD7NBcBgvqOUG6s4K+YHxY3AQ8sV5"
    "dMNzXCnEHMSKYBXS9xQHaM4qRBZAS4gvK7bQbG3qlaDiQJ5Is3HuQRBdHbul/9HcyadVNc"
    "khEDaZSTaw0H1wUi+xpE9pldVw2Qfgjb6deOixfT+E5TOHShSTYsyhGVQ4XF80cV82BhCi"
    "agvuSivpakq0X4g/B+kPilSIOsxI/9XwDa8P72GJnWwG2EkyFPdMkkpIjinLaTjgGrX0UZ"
    "QrYlQFXCOjKUDuz65w28UXVDBOTIQDpwG5k3VE2zsVNQTzcf4ZiJdBg3ot3bqs8bqlR3sb"
    "1xFE19zoG7mFvMNW6Pu3nTl1Mg3VHI5Ko/isrbE3YgcOcXuIOesnhsy6WnFIg+jAWbUDKu"
    "zpyWPRwHhWqfxPJgW5q3PDSfZchc3PmtyQRWG2RQmOGyhBOKJcHcTw0p8QSc+yNchyg0/I"
    "uDAlN0uvDern59WHg/41/fkn9/fvuO/PtGe7Xwfvn13fuzKCCVplW4ux2gDaXccBR6endL"
    "GmNn7Y4fkUo++4+nmq7u6uSjeOavRPTrMb/MwqQXTctFz9gNH66h07wkEeozRd0pCaeNZ5"
    "YP2qJRmRBUe0yWLdYRAl5H0kpCWqh+3zmETLTEcdruRUcNaZ44gHGb5sFrc24Qw65A7V2c"
    "FiYygLQwB6SF6U/ksXSKvP4EH0sHvWu5qiEOfsIM4K8MP/6xZRJ18R5IW0InVO4Ex1Vdr4"
    "DMH5veJqNMSUoDI+umttc1bFVOrofz0afx1WXoYC7MT+Mp+XVN/rSFeTeckJ+3qk5+Hg1v"
    "RuPplN67pH+wYWSdXb6DF65zl5Jjl/TOfG2RdvywA6H9Udqu/W3Syd9WnrmkfYEePN1wic"
    "t/Tp/3302dz7S9ebKxgf0QN/FokrQlHI/xHI/BOUIx+nKdI0Bx47aiWIJDY9sTrAubNQR4"
    "oXhB06FBbN2sklMkbQiDFcoYQxnjLpCdDZQxhmw4jWXDiebRGhCWPRtOes3hKLEb21XVMY"
    "T91mYeTxXunsKc3YdCHe468eWtw33cCK1Qy1QiyonJnThEOXGpFY8o5/7zF6RGahjkYMNw"
    "kOeQL4xdRFNZ+IoWdIp/LA1Po6VOvg7nZwNEJgkNUdKBaV02uqlvvE2QLT5QvTxn08638c"
    "C9Ohko/XpsgUzF1CqQVaWeQxT6KrGM56JS/axhe73wS6fHemz61s2ggrVYgeOMXYt1YHsC"
    "re6Q9Q2vsG3n5RfbFwORMG0xDCL6pLdxEJCCBQir7iILhFULhBVUN22/ummTDujQwHau2+"
    "lfGJQ5m9bWUVR6m0BxM3b/JfH8CGCaztQVp99J16H/omUyzxCB0KEFyFy0sViIBXEBVUR2"
    "mQPiIpoujbFQkU0WeOSubcv7tmbhFWRorVbI8twH60d+jbOWnpvrc9LnnPgjx3+0EtTfJM"
    "1nHNA/2afkM2b1TyF/tMxnkswlbcVTKnZcwy7lVcyE90M0B0+RtPR7wotyxlBCuH99xwH3"
    "r2m5yw5ueikV96HmgFwS8qHmQfuyQmXoQiAyMMP7JRyP9b/+hrVkEcBiXlHKCvQRuZlp9S"
    "2tJCmkxE1agQ43waXUocPdYMchm/Nsn8zxjyKOcGcixZRSpvYc/31eDnkk9pze3vwW3p7u"
    "h0wFP32ll0wzpfFjWWOJZpuWjyBAEl3cIXJJogVSqzRJeNBMI96WSkpySI/dxUEZ8fHAbq"
    "OSjebzov5Jg5XsYKADHdBNOqDr0Wg5uyoyeE0KrFi/nMy+3NxMbn67RIH9wrz9fIms7wvz"
    "43DCAtBWql4x+own6V9xyr9Mwj9NVw28zFlXiv20mIkU+6pUdB8PdfCqmDp4laEOVrqYHx"
    "zeL1242M8XFxzYkrsKwWXXUseD+v/DysOzm1tHsGRuT9pJU0Wr7Sh7lnJJgIHYGUgDeX3U"
    "g/XkKCwBgdhQTtpJg2vbTpblCZI+O4tuED70sfIQPrrjR/QLdUnSqhvdIhUPh23bylGIFL"
    "NwkYEE25m2GTjNs30CbSOyxKaspFkP6lOU7biCDKrldFrSUkI6rSf0WYhJaUqBlW7qzrpS"
    "P6dMa+jojvHYfe/njvCkI9XUdHaYn8OT7i4OynjSta0swzsbYEr/ZHgHJBYrNaKwMQdBPU"
    "cN6oECSA2W5BEuxXOEEjytwdtMDZPYRCKK885MQrTrH8xkz5mne+A+NWlbAUGXOkPHYedz"
    "H5oM7+6mE3o2EtgvzPvRbDz2D1LInRj7Rylkbh3Pvk7Gf1wi0gXYftTx08K8/fhxPLtE1m"
    "qF7YX5aTKjLa11m7YzG/8+Hs3pBzb+N8stWeXgpf60f47l2UuheWpnIYE33XiNQSsvTXcx"
    "UxHeLwG0bRMVeLM1rGeMxdSIKSuJ9EG1URWg/CmGWi7lT7zXva1WsdeTltDrXen1HCIjW/"
    "jJ99NFcwnGjSDMdX+Ya4wOOTAW83fr4W7XWM9Q5k69lBhgwmGZ8fIzwWb9wMpmk7AdiUBP"
    "zAPMhzkQpFvahkwANcriYjsQq+fzuLHLg31M7u7e5lWvwNi2ydgWR7Pup2H6ENl6Mvo0mV"
    "6NhrPxJVqudUNbqjZemNdkZzS7mcz/ofiXNuSL2qbuPiv+9U/j4XT+idZbUA3iyPN1VcOK"
    "S9IfD3l5LEro9chCAu+/aUZSdxyP+Bh55RBKqsjFjQ6Mi+2Y0y8WFot/bHXiNAjCl7R6yV"
    "XkgBIpfvH76RwDJfISe52HEoGqIA1yy8cj7Tv3BjXLOIWQ1UA5jWNN9QxkXsIpNcD2J1aD"
    "PN8t5vlOpgdY5kZdCfBUMW7lhrUn0cBui7MKgCtnrnbo8vJXSqyD+dLWMR/lGfl2l7E0cR"
    "htsY1ibQ9ogjjs0PqF6PTNBbJs9AvNI+ecsXzlQUN0T4ZOVWST8fCUFW208cyFGWsBfcOu"
    "g3Tyn/VkBo90zs7RfI2RPxiRbT0h3WFp7755pJP/yn70c9+xi0vVtnXs3/EHHlkbFKQpKc"
    "6Mt0zyj9FfEaWVjvmGIOo8JkWY7RreqMiMIeyr8osK94A66TD3dLysYV3DDdKGvYhwRUgb"
    "BmnDOtAHkDasYy9FTzlTrkrKMRdOjDTNGMJKv5/cS3lnB9JPKa1Jz6DmpqEyIy2f5TtSUK"
    "fl2U4+n+JfGewjUdhtoP+Ry7lfkr7OwlqWZ12rcRN5XGgbjtRxdVcsRVpkIMUOPR1nxpPi"
    "j9xVEmmWTfMX+2YZnIt9oZSZBNqo46Vw0U0vN0kdRx6XnWl7O7J3fcnmslUdR3GWZKclgG"
    "3SCFDNqx5Iti36Yw6o+0oH7uxarBsYLoe9LRsIznrx2JbLWRfIXROLFceOQ2A78Lh9TkEl"
    "UN/7rfVwLBzlsD1S3eT4hHFFTqlXGOpawC+Uyy+M9EqmJeLCpMzAS9zrJULKpCZTJlmOnu"
    "8dlmTzidkAyHypfPpWAWG3mRfK5TOaT76OL5FvvTCn44/zS2TgFVs9jlzyoOXsYF07ipQ6"
    "Odh+sI+3ItY/nxA/g7giORNKMaMXM5FhNLdN57GMYoL6s7jNi1afEWPm9CgsjbIIhFnLlx"
    "xBGqGB8yLSOVDEudHoLwpDuhcRfI9jJi8ZuShZsaC6JGUmkawLsr0BBwyhzdDrQqHNIMVv"
    "ahb1HGyLoRqzqGVZ6j3fXaJ3DEdgFl5hseM01lTPxiyv0jH1vh6QPi+dWaz6IaCcGtNUNE"
    "4NiQbvsL2y7A0dwzMsc8LBkMc/FK+gmRleWrYmK1jkiukcnqDx3iWz5TxoS2Ks9LB+8uGi"
    "BfnGVVazkNzFZHG7NfHcIv9wrrAVs1kcdf/Cu7TGNm08WSwOEoDscs7mKEASCWlLJSDJFL"
    "igAenVnniASkrbL9dY84xqNQVTthK68f1127NszdZQxWq2RAYSqOdbiFSI5kg2uwtF0+eY"
    "Qkh9+RFohZB6col+/9w3YL+IZWfd4uuwxaYWbENFVCx345srVn0qsF+Yd8P7e1pHioYP0O"
    "RAH4eTKf19pepGNkHREbQtK4w1uuXJdk+xJCBuI8Ec1bYkAA5tiod6P+l7OLR5ib3Oc2hz"
    "zLPvznVzQ4ffkOu3haQV8dLUB57iJMpc92wMcyesSL3AkJS2U0lpm4z9ihX5yuH+kiXASs"
    "m/f1sPSlBMC+g/ueg/yF8BsUl9B9m2ioYwB6ljdX80n9x/ur27ozXCnbW13dIq4aPpePb5"
    "EhFw7O8L835+Oxsr18Ob4W/sLnpAq/jLArn37gtF7p5e2Xr2cq069NOPk5vhzWhMvqFuUm"
    "QW5qf/qwyvric3l2j9H+JYbHRzYU4nX8fka02n1NrQH7HiYMPwl3ThgJ0Lnnidi+JwnYt0"
    "x6+Jt7a0PDPHkS1cGBI27Xkzrzq9PkC2naNzcT0MsLS22BQlpm/vxmSCoZZ0ErtllPTSsJ"
    "xOUNDAhxbj3k9mDPjQl9jrXHwocHbN7SIgQgAk7R2k6/gk7cCFHr1AV0RaHxovICHB32i6"
    "sNvVipGyGbbYvzDYQxRbq1BeDhRxr5aYQQlFvLFMd208K45qqPazssI5q01ZYYx8e5lW95"
    "aLY7BMEoIZAOI2LzqTRw95lto0gMPRaHw3p5SLulzirUt1gFfj0XRyQz/T8NLQzU4QMeSr"
    "6FollzxpWYNL3s3dWA898CzxAnRb8dvVT+KFq8gPCNFAiNYXcEGIBkK0XoDbaSFaNh1BDs"
    "OQm7OglG3Y7iyUWNqE/RW/h4j5pH9xkG+GrBUrux0mth6gJ91ds0LXxGnFDquyvbQ2G53l"
    "nkcr/ZtHFkRq5q5Z3W7SGlJZaexn9IRtjJ7WwdlovOp3S89dmLSF4BFP5PKTrbsuNtEp7U"
    "7iDJyTl2W1Oo/hd1ZcwxvHssQTC93SoFT3UfmYoBMywJYoyiKLLsucKurJysAMXc9fCl3P"
    "X9Kup2VruRkyCoftzqC9LWlfSvGwWUycMUyYSYNq2yV0o3VDvAOyttAL1XqBoqM8bAXmk5"
    "iFNKDXN6EIFks7Qp20zu8sklMEpm1nAC1WesZtQOYJIdc1jm55Oc+oYpKQQ5Sygiksb33F"
    "UdYUkTU2aQVs5162M84CHMjExcvO9Wz08tJxqTd3P9UZDkggOvcgm3pzu0VzJrOI5nGcmT"
    "yj5QRncLuy1mlM1zMfuxk+BAVWl4xjtK0ntMU22kZXyd+EVJddZBFjf2XEIw3NYJ+tVQeZ"
    "FsKm5iiWeZ4hM5t7DAjAOkY4QhBr80GsTKDlVFF1OSDrIiuuP3+IgBczeclFcYjX5Yi92z"
    "sLCQiAFooKgs9fjL68Pj9ocRp0+4FQgdC9PiALjMqxGBWIjBSBFyIjX6w4L1nOJYe0ytR7"
    "KeWs/ORDiVIzEAvYqzVrUEIF4dUKL12aB0rQ107ZvWiuAjxu8LjB4x6Ax939lQA87uaRXd"
    "nWRqnmdueZAsY5GJNZoxrCWUPAF7iNI3MbidceCA4ejPNmSg6WI/b6A848OGfnS+CSXg6X"
    "lKp3m0MmZSvilrJJYRlexWb3c8Z33sZiKpHu64wczOJZLhE2bcswsIZOVRoUqZGf6F9xNq"
    "C6JBNFH1o2Mi03HpJJYwlYSKZfCS4riWrxubmhmsGz6PVoBYZYzWPyZWGvZqH9YFkGVs18"
    "eONmKZAfiF1vp7fcOKrb22mCYPgwScdRfLn+MJ6dvmLMArlJ9ye7Y0cHdQziul0mv1Ck4M"
    "DdGcGw5R62ZLoXKsES3g9cMA8XDOm9i9HvJxccYlSW3hvoysZCcP1NphiwSSPAdT+FFtvL"
    "H+gQhy7X/a7FnkHN6xwnR9l+Hg1oShF0uWjK4/IO4RAvIR5ibwEf8xAMKlCyyOWZB6Ez4r"
    "vChKGEm8L+bgKzigAW4iPexTEz6OBOdzD7s/LCpksKmO5MpHOg6w9LXKpbdam7OQczJZl6"
    "dyZArBUn6QVxmiyEBJc4zfJsRzTnddwGnGZIeA2hYP1FtoTr8d/zGliIUdRQzwDmlj/EZ0"
    "QOZQmId0TQBeVOp5U78QiSSA2TOpwVKI6XleJIMqybrZC3xebI0DF7WrZM3u7qoIxgpOmP"
    "lCW7kTtn/Va1XdI/iLRq6P6Leo7uMRlXroNUGyNbNTVrg17//O6nB91FPnoOctbWE9UiLf"
    "Ffyb/GMxUV6Ta6/zT8idyKdAd9x1sXnao0F9P6JAV9aw9emNYKkR/1b+ufCCy2tX1GDnsI"
    "MjHWWJYox7Ce0Oerj2fnaLhy6VdCtuWyb8SkUluaHszynNDQcXXDQGRfviYt0q+OHeSRn4"
    "yF+a/wXsW/V8E/tjrZ7hPn6l/olDb2jXQIRn7udPLAGX60vmPtkn4Pl/xk0j9AdxwPa0yc"
    "hR+x/by7YuOV52ANElp1kPv1X7zcbW0xb5Qwqoc5Oi7ICebo7QUHc/T2opA5opdSqhZ1I6"
    "ZqCe6XMFvYqwsedMldhfCyaxmx2zavPu7v97c3hXK3wCJNHelLF/0PMnSnMefs5G8rz1yy"
    "ifrB0w1XN51z+rz/booYLQGcIpRgjTKJndM5nAdJOog2kE7szNK2G/pGd2ldGmWj5/gc5T"
    "nfM8btuc7vLnqTAN5frMOdCu/kkjKTcI6pn/pPb5BEMS+yh1MXYeh3e1PRI4PylqA+apcP"
    "N3tYqlhlST4EX7uT4Wg++TqmVYmp9cKcjb/efqYliW3f50r7pFx7rnc8W65098Z2XO/SL2"
    "XwZSq8hElLeOm6/NLB6WzxCybv6SwECcjW6zxBAnB63OIZJ5wUHeOkiPHRBx4U0UONOW2n"
    "h7NX4RlRYqPtPUSNH4jVH/hhbVnf72MtyoRa0ydr/jArOFiLxuCec7XdmOc4VjOJ17HEjh"
    "Od3LADHddCKvIZf3Qa/J+8lho9RiIN0bMh0z279I+1dNeJH2qxDJhaNjtAs4/af8b050nM"
    "+f+n0IlTWa1QyQ6dWqkPWnw0xYaGMNWWtJLucKqBaitweNKlw5Pq/GbtfGZHl+IeultZLz"
    "tG56XWl7KcEjGrakklKnVp9Elv00oAk1W8vPST0+CKMyjWthTzGSXSFhBsFwqIaiAyknrB"
    "noHMzWfEh1eXwsYDZ33ounizzdVzpu4Y7PU9n3wDRfUtOL3Q+Roj0p7OJISG9e0SYXW5Rk"
    "Ej1EWkswTxE8ObYunhVNN5wjZNG0d/w7Zt2Vnfs4kH1KxqBB+zLR9T3Y1mzgUiZgHLQ54q"
    "iZ21E8A0ofRzSSs4RMjJOk9nGxEmJDKQTmXUSHI0zbP9iJ9NDhlSOHBTVu1NCX1RKYLrVQ"
    "y1vK5XuHfKdb7KtjcpQ5mW2Ba2OiV+WghsDZ5a4AlcxVrsWY/wumup0dhBhy3qhGKPLd5P"
    "nC5b8HfrWMBpszz3wfqBrBUKWkG7Vi5Z/m/beqIxZOgUPxIneIDiZ81nxMuydZrrmWYLp9"
    "4Vq5un+lQ/aZR8lOvKNf/YhfngObpJTyuDFuhkiTX08IxoX2JTOw/iAp3z4Es458G3UDQP"
    "+/6jjV36nViAHDWzVqtzRP8C1ijSNaQ7C5NlOSfdSL55EEYXOqZ+1vOtoRKH1LHIj0tMH+"
    "Agzba29ApZLZ2ShOipY3j2VDqu01nR/4zJZU38ww39dzgq7a4bG3WmiHvwWHcM37GX2Yaj"
    "+HzAGEbCMIdWEgL95jUH0G9eFwJNL6XTrT8blpozmIuPpGMm7Z9JH+fIs5HT5x7GWZB9i0"
    "YhFOuBk7vxzdXk5rdLFNgvzKvxdPJ1PKPBFsHijTX66ZB9oHYk9CLOpotRlkBQ5BIU6T1O"
    "BtdyliLHHKJauqy8MFTHVaqx1HmmQFXnZEujOAnz1UkrIK25SOtwoaowc6VtYdrq8rQFPH"
    "rxeyYvjw7BeLL1Ok8wXpyrEywuk7WU6QilsQozKXK0ngMSSSOfBulSM9kxJ3pQknFvFcP6"
    "lkMoi0efxeRqksDfaOBZ3sgtPllKD3DO06VMjOH+A6Y/1pgWfg2Dw55UApJ/cOIEpzH+WY"
    "pD3lMCapj0kMaFYZVWmlVdWjLWRafhiQ0DZGk/b2lAme6ijUeuPmTPmFp78sKkCxo7GqIi"
    "RNqer0wMDyEhf2IH8yd6tiHi4wa3S3gM8DNXYr+fSxL7/ZxN7Oe/ZyIHATsLiE2r/3SAzW"
    "3Z7pjjH4XFDkMLKYZ8mY8x/vu8HPDIxZje3vwW3p7uhSTguqPs0kgJxIkl7FqMFAtndggU"
    "A3+7I/42sCwvsdd5WBYIDzyB8MBuUSkHhQdmToX0vLQOFTgUCYW+jZIo44n5aOlLfJLDnE"
    "TXBmV0Cdb9uzpWaRcEnfRaG4LO7+SPz+cV9quwQtsue1wnH6ZfxpfowfBYjluW37aSwOo9"
    "B+nwvpByeJ89T9e8LVa+45w4iWJWJ2klXc6htzwgvy1G+W0GZhuTP9JxRXFOmUknEXn1mg"
    "dpclexXvB1BmuHbARUg2yCRZBOGEk3oOuXLHddN5vBuj7Z7OT+/gudwP0cfgvz43Aypb+v"
    "VN3oxJz+4D1ju0S3v79/ki10el2dkO75Orn6MpySHiE99KhrnmoszNHt9d3w5h+XaGlttq"
    "r5XKVf6hcz+8CKlkdKWnW5O6quA00USQoGMXmO2FKQtpNu1X3NA/brYqxfF0CNN2QGFEc6"
    "MpMO6EaGtYldZYVzVDtlzmrMSCYSrxWnNZaglXSuMPQxI4C+OvSWS7bn4uDHzQD+yvAbNB"
    "w8C32xLCEyAFVC4nSoDlVCwJUKbmuSVu35Xe0stfV7uL57V+GINGEIMSbdORDNnoNvtZUi"
    "KGiLmUi3X21E0kaeuNLtjeJ5gjWXU3bSoV1/ZvsQMrGFIWkFMHPDTFlMIR4nYygd2DxYF0"
    "OdQRpSQDYbTQu5FSC3QtsnUzLtHzd484BtMUVdwgaSKYAkWX5xKkiSX2Kv80iSLVsTnT/j"
    "JjIxurXNn5atf9NN1RBORZwylGhtapktt/HKMzWxYZ2wkQj62oZ1oIWrULI5xxIA3hvIwO"
    "bZLMricQxhOz2blnlDGOLrUSKCYUYWx9lkND/JmRtqwHUWNdSvYcuLa2JC5AA2XL1qgDYe"
    "syAnuKmlnmvc7ibRGiCWu4p7zopzQB13G2sHxjXJN6AbjWcaqZutSobzSU48U3RtUBbPtL"
    "Q3yjK4s2MxTS8loKmxDCj5OVTLTn1yE6dCVEFWcyEqjJZYEt3AseVaNU1cIHbYHxMQM+8y"
    "3Cf31/eXyNk4C3N8PZxML1GkLz5yWEb/QmY0W125gsebJ1ez4cf5JWK2CzMIn1GGd3ez26"
    "80SCOIo1HI4mlbjzRUw79GQ2j8z2hQzX0YduNE2epvb8akWctkAZS/j0dzP4ry33jpUovR"
    "8GY0nrJInCVF0KgYjFO/Op4MRoUe6ZFdGi7IwF0SmJZnLN3pdv2zXYTZVrXVvAqHxdrVHN"
    "NuqFjpY6VRsbJpmaZGpC+wyBuRMZTubWgkLNaH7cHSctz34nxmSSsJkG47o5mzXGPNMyqd"
    "bKZt2znbBDFINTGIjZf6Vs/P31hyNhE3AkFVprq297Ch5QorvT4pW9Did/n1Cff+FTo6ZQ"
    "r93OV+Jo6sXfF9TlhCL3e5l1e6qTvrSt2cMoV+7nI/+/yLYmPVyaskUZbaKGUogW/RgmIf"
    "xLHF6PdTJgni2JfY6zzi2GhbKyp4yxqC3q04zkAU3YwdgJvjt+NvG+Fk00kjEHeX8iGiwz"
    "bHEgbu/kJp/pDM4iyseLvftdSzMcyreku+vhyawt1MWgO+cisKM4tOgZ6waK4AgPcX9UtP"
    "jxwQx3ZagPAehLO7UmFNbKOiT/L9yew1pvW0TvKEn/Hrg73iT/9uZVeea3/Nv1sTo8AOUb"
    "XVN4xO7yZ300v0tMbmAK2tpwFa2daG/m6TBh6eyU/W5uwcDbdUVvOTRfwgVjUvUdGvxnYh"
    "v36nQ9BKRKsg/juq+O+brZouznsFysqaxaxaLGp2HOq7xqJmjuXZy8rJr3fWnR7q15Obyd"
    "3s9rfZ8PoSbXRTJ6srGS8bmvr6y818PKOprz0yfOyFObwid18iVSP3LUzykiiz8d30H+xV"
    "UWy8NZ6DF0aZTm4+B2+NYujm94U5ub67nc0vkb7ZWrZb5VWqP422hl3BVMM7Czhn4Dln8B"
    "zRuPyYBfAK2TlJ34oMV/9u6YZqA0ENvToPa3Xf2c+DEZ7jsOOkXeraXqph5tMHrAZW4zpq"
    "qGcA8xIbiaElWsSwSUojqmOYQ2fEaxyWUxnJ4op8NMYGOw75Tsi1kMV+pQiRDSgKg2L/4q"
    "BTv5/RFtvRx0g1teDuM2TZxIA8zHRUFgihGqyxwC6X5mjhuQtzV/3srIgU+fNkGYsTDl6l"
    "fwJVAlRJV2bB7lIl/SoFSaCwv5Mtonhlsevh7DPZStEgx6iNhTmfDW/uh6P55PaGRksmpq"
    "GuON9HKhmZ9hA7FArfYPyiaMAoBIuKgy0eIwqhoQ2GhvYvUr624pLZuHfyyZz96i7Mq/F0"
    "8nXMygcHu3Ia+f7lJva5Z8auJEtTkrY+T+7u6AfOd327rRYfX/+C0smk2R1jc3rC3vBFek"
    "HW+Xq5ZfIFsW2rhgiiCRuANCMOZkdnlXjlhCWk7+/wRET1SHpRAuqSElBJM9lKqdW/va4S"
    "HSZtWFj9WdMM1XEV4VI5SSvpYG7kVJxJ+ioELu/MIJq1ywuCjanGpdKynzKFfu5+PwtTay"
    "kz6ebMly7PaPf4Xl59BoQry9brObNqJlw5PPEWjKZNWoF0MMtFgNypLlRL5E5xvcaBgqd4"
    "ivh+jVzuaMTkS5uvecoO4RqwBTHZscRkPvJBFNxJjqIsecOAM0KOU1T2x5ppq5AaqLSQSl"
    "YurFGhVySeQJbJhFqBAmeAyEJ1jsZU5RbGvT3Zuosd0ko8mo80YmWj5lp5Yq50bPeyhFqi"
    "g5RjL0U21lzBBxCEQewcJ+7RJxA81+Wx/pKD5/yFqRInk7CU0DvvrzcOQTIQJAN+TXW/Zs"
    "z2OoVezTjcCpX7NMEfyVYATsdmGLgXf3EQ/onakYVGI9OAM0AOVg3icKguIr+76JT+vdjU"
    "ztkftrSft+4ZetLdNXEuHshyoyE2BNDKspFhWd+9rZP1app/HJSr65b3Eu3ieU+5IoMu7+"
    "AqnnD9/IpHfUHuKtxPsWt5lVXWqrMWhjmykq44YP1niXCqVAy9vKdKHdnG9n6JyGxiRXZb"
    "+ze8tyaeW+Sfxre7R+2Ipja7B21gw8SiOZvXWM7R8o1rkLqTe8/qqI9kq2h7Bt7tE0k752"
    "E74ZNn9A7VQTTK5wwt15blUNrcx8f5K8KPquHR3mep6JDnYC1vz9r042DP2q09K9QBblKN"
    "TV6SLLjFoY7h/e0HOh6H6WskpBGEcLJtXkEI9xJ7nUsIB4Ul2pNtQQp5btEWZwr549DwQ2"
    "zry/VJjhMTXCn1YdTdPfu8l2JcwQvolhfwSHw2XSxuMGYioS/QSEwbfakEEA5ulxDdVxcX"
    "PFKLi4tirQW9lo4jN93c+jHF/lbMBFwuQZfrIJbz0MXsf/8/5ydjHA=="
)
