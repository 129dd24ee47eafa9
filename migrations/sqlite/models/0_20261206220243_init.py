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
CREATE TABLE IF NOT EXISTS "channel_publications" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "state" VARCHAR(16) NOT NULL /* PENDING: pending\nPUBLISHED: published\nFAILED: failed */,
    "category_id" VARCHAR(32) NOT NULL,
    "title" VARCHAR(128) NOT NULL,
    "images" JSON NOT NULL,
    "attributes" JSON NOT NULL,
    "platform_item_id" VARCHAR(64) NOT NULL,
    "sku_ids" JSON NOT NULL,
    "error_kind" VARCHAR(32) NOT NULL,
    "error" VARCHAR(500) NOT NULL,
    "attempts" INT NOT NULL,
    "published_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "channel_accounts" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "products" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_channel_pub_product_7aaaae" UNIQUE ("product_id", "account_id")
) /* A Cradle product on one shop: what staff chose for the platform (leaf category, its attributes, images, */;
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
    "eJzsvWtz40aWJvxXMvThtRQvrSnLdrlGPTsRlMRy0SWJalKyu9fsgEEiKcICEzQuUnF3+r"
    "9vZuJCXBIkEgRAAHU2dtwlACcBPplInMtzzvm/JytTw4Z9fu3ajrkamwY+uUT/94SoK/YP"
    "wdkeOlHX6+05dsBRZ1zuZM6vUyx6IT+hzmzHUucOPbdQDRvTQxq255a+dnSTMIk+YhejT3"
    "9HGl7oBNvodKbOXzDRzm08dy3d2Zzz4c4ukYpmqo3RQv+CNS7WQ84SozW2Vrpt0wFtZC74"
    "obnqqIb57GKkO+gF4zV/Gs2c08fRyXOdN56SUxXZ7szGTnARH4wN843dQ6mbqq6zNC39/6"
    "gMorMeUolGH0CjAyN7bq7xJR+D4mxhKv6mWnhpujZ9fnrhlNgqfWQ0X6qE0MlhT7FSN4hO"
    "ATIJOiWuYdCfYxj+o6zOzhkwLtH/crHimM+YHrQoPL//ix7WiYa/0In0/1y/KAsdG1psge"
    "gaG4AfV5zNmh8bEucjv5BhPlPmpuGuyPbi9Yb+QBJerROHHX3GBFuqg9nwjuWypcKe1l9Z"
    "werxnnR7ifeIERk6maprsAXHpL0H2B47UZT70aMyGTwqyklqMQYSkWXiH5rTKaYLmT6qzX"
    "/9M3uEby++++GnHz58//6HD/QS/pjhkZ/+7d16C4wnyOG5fzz5Nz9P59S7gmO8BXVO36w0"
    "rNdL1RLjGlyfQJY+chLZAMfmQrtSvygGJs/Okv75/cUOHH/tj68/9cen31+csRuadKPxdq"
    "F7/8wFP8Wg3kLL/1cC2uD6cqANDmyx3W6LtYP7/occ4L7/IRNcdioOLtvY+OYvRnhA3BVH"
    "eUifSiVznEI7NkCTIT+ZfBo9PAzGl8hemmv6IZiS69vB+PMlojBZL1MyeRyNB8pd/77/M7"
    "+KbdfKSiXqM7v24YlhOGFn1q5Fd2ubHf04vO/fXw/oE+qEwTMln/6u9G/uhveXaPmXomor"
    "nUzJ7fDXAX2s21smbeivWLGxQW+a/MLlWQIX73IsgYt3mUuAnYovgcg3Mb0IfpmM7sWvWU"
    "IsMfWaTr9f/0N/rJ36VJS1BE7+a+GSOZtdNHN1w9GJfc7u998nFb2LO4BnMLGRV7b9lxEF"
    "/PSu/4/kXFzfjq44ZKbtPFt8FD7AVWJivBWoa1LTEhM6aFL8b0hTdsK60Q/VNNkZSAnCLB"
    "SfhUAtlpmAqAxgXxx73VaoFUI/V2nwr0z6xVdJhs0QlUtMwIwKVvVBCJTeeqG/Go1uY9Bf"
    "DR8TgD/dXQ3Gp9/xeaAX6Y5nc/lGRWSxW5hBoqhOGvEbesbRVzhjycckk4veFz0P/tEcpS"
    "y/Hkx/oDYixsaf5x0T8ji8G0we+3cPsVm56T8O2JkLfnSTOHr6PvGShIOg34aPnxD7E/3v"
    "0f0g+d6E1z3+7xP2TKrrmAox36jqF7HDgqMBarFZd9dawVmPS8KsN2XWA4wi086fnrlkFi"
    "8R/wE7wLxJVGXQlNiZyPKghobg83fli338PMYGdzwJ1oDvC3yycR5DrJmfu+3RKIzmhZmF"
    "Y/rU6mKVPMLNOs2/N7uTD9WtOVf9B025VMNzvV0OVcO/Kp83NRsN8PCBh68p0IKHr70evh"
    "f6u4o69wLZJgN98lt/PPg0epoMLrehFd+b53vxivjZvnufYyK+SyoQ24lgp+ITQXUDqj4I"
    "PuXZCz0iUt8UnFTlP0s4Mn/8MY8n88cfs12Z7FwcY0OoROO5vlINMcSGWHn2RM590dYqTy"
    "JobwbXw7v+7el/9t4nLNIA9B9SPmKD3koSV08CcN2J69rSTRZCltDXoiL7tbayNoXv3r1r"
    "tN4GXqtavVaFLFmqZCwWh1uyUTOsGSrI4SZtYk+YY4W5qA80+x/YQLdtdnXvBorqdvOXAz"
    "GasDG6upJU7U/XdlaYHLqSOEr9cLSu4rUyX3FZaN35Y3UVK/7yOeoLLgMsNk5XgaJniL3A"
    "lq2YrsA4kcHq0R+q+1DpBJDahZRpaQdHBUZsjI6qBj7JKovVJAPTLR1q4o3UpdVUZRCFx5"
    "sEAZQgDpUdPAmDXRA46UzghM2prIc/KtO5AEr5Pn5Nt9eGulFkYU7KNdnP3xiw16ptv9EP"
    "sLJU7aUM2inBDsJdiVf/EH46UNPbTE2nUya1oYUChaa7YZpuDW/WG56bK4V9bUWqTzbOSb"
    "lS4O70J5oitlQdxVxjIg11XBCw3oc1hIBqJi475gsmyiu13XwrOacJlZKrL6DZlnAmcMKz"
    "oW4nOzgPJzySla9IOSXSgoVeqaZpQiW8VKmQtRDtNNQfqa6tP5PPeJMyNMQOw3jlhXYBne"
    "UupIct9S30mAmWGcWB/nrsfSHGdP2Ph9cU9jy8gBhjGrgBu/zac4rVi2JR7dsSJSXKwHXN"
    "hhrzkbqKlr3UFwcHc9kYXQXoiASBlmx8TeAHtBEqCFBCgPIwtKQClFH2nLnQRXpcAOmI4E"
    "eT/ifPe6ouFg/b8Tq4DFcLtTSk7ryxOogSXq0Nc4NLWVSDyFgdgaoAO2BXmmVSj9/NFlAq"
    "zLf8nd+BjRvc5ORfQCU4IpUgmAY5n0hCqj4fY+ORjpM05FCNSACi+31MwU5yoHMpZyp/08"
    "DN61eKLKqYQ+m6P7nu3wxO4jp05CNxIKwd9BsloU3sgmJ4s911VfIFo64oUSnbuKcqWx/g"
    "CUZKykfWHC7hlf78tegA/3lx8f33P128+/79hx9/+OmnHz+8CzfU9KldO+vV8Ge2ufaikZ"
    "j9mkLns94ZjYcReEZPj5fIzyyQjbznCbxnx91TYXf+4hULVcYk6wlV1vlOtCQyGYC0MzQJ"
    "KfaQYt8mXDXd2+aVlYRxExeCEHraYHzTnaVOFEslz7I0q6RoMaZVw/Cth2hlm641l2LEbi"
    "VqrCDDVPSq1nHFVXpc8ootnQ4nUt93req4YI3swfBIa1c1velCt1bFVMeEbAnKY3t2ltYp"
    "jxrW3DVWXrCg4s2ONKWYFOSDJTaxNAF6+1LMNpL8wbQkaD/pHet4gYiOAwtxCIhDNMBZ3o"
    "I4RMM2gjLCEPQZ0P3T7e1J5sesvpXbUngF3+8MiI8T6vHotIIgT8iz3Rfe2ZJ697cqHBGM"
    "7PmSqo8G1hCXZG30THaYDYZWeDXDFlIdfixYm+iUWQo2Ui2MVFZTFgXWg+1134u1JazqJj"
    "sJKexablY5quXYzPYBZsoxmSnBfKRN1wyTxr9+l7naqTgHMz9T/a2CtSsELtvmjwl2MLGt"
    "SxY/JlqRKY6IwQQ3eoKDNFNpT0NSDszhJvkZmvbKgKOhiYiCo6H7joa2QrvL07BNUBZ/ys"
    "DPsM/PkPx6N8vLEM3cEjkbEpld+3wOflJZw9ikYLQfaLQHeV1Ut5UJRybEOteZp/wGX0vd"
    "woqsiyQmdKCfpJm7bE4/ydxc+Z3WFfYTldlaKqArEgZbK20REFO0Pnd0oTOFS7P9738llQ"
    "YbYG+1/luWsrZktKt9llmQwlyxXXbUSSjNKitZVZ1gx/GeW6yqBudzqKq2d+kRVVVJchew"
    "unazurLV11fVcAVfrF8mo3sx1KFAUpvS5w76H2TkaxXVUH+ACGYGRcyPHsB7etf/RxL569"
    "vRVdJBzga4Sn7JoF975hvQzoqMgjiHbL/2yr0Z96ajL/Tsqhnpi3J8LEjk+pyUisclRlEx"
    "lns4M7+gU/ZbMdHOV9i21We6Ss5jo59dIhX9hq/NFfKuwMgxPYJED71ZuuNggnSC6NcGzV"
    "xbJ37f2xjVos6bTwlvR8QKAtMbqURDFET9FVtYQ7ONdym967NluvTcn+Ysi7SR+G7+zrB3"
    "XP7jCP7i0N3Awau1E3I4IJu4RdnEGTpNCzKIG+McgpwAUWLTxYc8mU0XH7JTm9g5oQ0uqD"
    "eXrTNGZUBtPEBtXKsbw1QF20g29hERgP4A6Lcf3PTusr8cxFa6Rk/fmmozvsUvUxXiYXB/"
    "M7z/+RL58lMyGdw/XiIbE2dKPvaHt4Mbdj/d8NIUZbelPJtS9paU2pB81UcwNZmKTVQEug"
    "WkfNgJhTKF624DVSAO+ZTNMUrT5DtDtR0FW5YpcOhm605xKYhf5Ilf6ORVNXRNCTtU5v2I"
    "pwTr/5Sf/NfCJZ4dO3N1w9GJfc7u999VzUftH3j6eSvCI9+KwTbX5G0OmuBkb33tdLnmaY"
    "IDjvauzXrDHe1XlkqEFSi9E71dDvUZuwQIgu0jVfR2+H1l+ylDy+oMhdoLZku85rGGDpo7"
    "P7TnyoM3SmvVuAP7Y0huhNcUnmfT2oj2wvDczu1w7l2lV8GZ/v1krVp+6xz+cJD6/PVuks"
    "dWxCqu5GSblkD7zVyzweXgGU16Rr0tQ46BGpMByvTelL/ttnxg7lT0G9MuhPMyTGNL64De"
    "mfOlbmh0qMO0o+7hHX/3a1Yhm/aROooO+WDpc3zLvNoCJXJ7cqcWuWaXKcxVnZOd1kdchH"
    "vTER3XoAooo3qpaL5UCcEUHDWswNNDpoVmprP8G2dzrUwqY6/xnPHGkNcI3hvojTnMk+HS"
    "qu8FvgBQcxuzg1ResNR7Y2TwjYgUgrhhH7JECPNdngjmu+wAZqoMvheEXFimoAz+bmd6XB"
    "ICZc3xnadDJt5cOYJ05jxz7IjymWGGGzXDuq146oJAmd1Vnj4mV2N1+kAFaG1xeij1XI/z"
    "AKrollTbJkczv8h24uDVwXaxb8sN6Vgt1G2Pax1z0HZZyAGqeaxkJZzO0iMu4T34fvniQt"
    "DlqNaoNx8LoeNvR1pYTKxLVexqSRBLwu+9clIRhaRcl+agtFgN3V7kYN0KAJ45wjSxvfxA"
    "XSvmyW0ZzrmDNcm3dn+pRvaFPBzciTdKR2HdvrVNakYdhHmEOlkYAdqljW2DTUAFbNWeuU"
    "vhmtOZlnJP+9d3jgpYfgI4RFaqTfuOPlkK5kf8JasHblysA2liu/zAg388xhyGqbSk0A18"
    "O7r/Obg8mauUSG99xspKJ8rKJM5SKsk1JQgOxLSZwFGib08xeGOCAG8a3oVprVxDVaiSKm"
    "rxnIluSg7AFZi4S2wsqEmxYCVuNzKLVyAJAKcBhjhZ3U2cIUezY9l6eXI0edqbnLMuKgI7"
    "l+BF8sm4ku2U4lLgB93vB50FWZ0HeunC7NB2rdu8brro+5qniUqES15fGkDTlm5ecBOv7Q"
    "GZAPaLqMSVTCC/W97mSsP3DCpREVYPwR1lV/1JAsdwqz4iPXAMg2P4uI7h93kY4fSqbMfw"
    "+xQnnCWgyOAbXN8BV3DVCQ0z1ZLdGCIipSQ0dHproL9S4GfIBje4vsalO3V/wIv39Szgku"
    "tyArvsqOwyh06tfKevhFR9+H/3/bvWVAHQyUYnik53A101MkoCZyzutGhVm0lqo27tZ9Aw"
    "3xTbMecvirO0sL00DbkkCqF0jSu7Let6pjrzpcJMyhcs6hSxK+KRkoWoR/6oB4SZIMzUGG"
    "Wlu2Emn1QpS7aPCnVJH62OGR4SXA+mhXetWEovRQqPrq4DHPecV85NJ0jEE3vyU5rOoUhd"
    "sUG6ihDXmA8NBbExugqQqv3p2s4Kk0MrQnGU+uFoXcVrZb7istC688fqKlampbF+WYdnVY"
    "/YQF3byKVCsvFGtxm1AQJIg+7V+4Edkle6/kxr82t01G5QN/4tGcbe7l3XVF8fY/rjxPXa"
    "xBf2dncYZY6b7V5Ln5bqOZYnmrucGx8F6YQZbzZGb0uT/pc58xEbDuk2awFq6xr2G3ISDa"
    "leR0729+Tz0zc2Yu1u0Nq15ks2BJO7RHQAtq3ZiPCaN4nCbjXcdUq8mzBZZiyxY86SPgG9"
    "j6Mb6NPf0altrrBJMDJZoJ8OrRI6go1W6gu2zljJOYsPRkcNG6DyQc851FRNmr+cQS25Bn"
    "IG/LdAIYJCTdke6LgU8Af2Bgmb3vcv7ecvre1f/+FhPPqVNfvztwltSsaDXwbXj+yYhf/E"
    "cwcXagH43ftcRIQdPITkNP3lbJjx7KgSO01MBlw7Akcp+3SJNKZ8i38r3WQyzclN/67/8+"
    "ASaeqKajhTMvjHw3D8z0uEv6x1azMlt6PJ5BIZJmvn/XH0dM+aX7Lv9JRcj8Zj+jYMR/eX"
    "9ONsWZj3R5uSSf/u4ZaOaKurtUFHnHwajR8/9m9v6aGlaTn0sY0pGX38eDu8HyiTPrvWXC"
    "wMnWDFVpnE6PHTYHzpfbSb8YJRzUKOR+Vf3zmeTyWdAb34mdynPCrTOZR/yMNG+SGbjvJD"
    "io/ivc4Ki82Ioz5ilBNiu0I+rbUBRRiziI2AL+VZYNKsnpRolz63NTN7LLzAFqYf3IJzIZ"
    "bvUBZVzfOh4Tm14otEk+OSUDO3yTVzPXNH2aURZ71uCcHOfasr0YgiTj85tSgl2Dm8y3dy"
    "ACEmG/ruEmKCz89MMk04Jdch3aE018nxSn437g0q3SnFXdgFFq5AEpYulE79KorUNw3kvB"
    "S5XVXqxcUDoGxq4bKpYkCj22YJyD7ZuIW9lfIiK/jGxCCmz4Hun25vTzJUMQB4D8Ap7TMD"
    "3mzabJVFHTxWqID9EtJFs9kuEVpqvi6FnDxM/0aG6SBzgRjPY/L56Zz9x2ZcDwepFmakEM"
    "TH/tZP0EFL9RXzq/lh9KY7S3qVH/ESdyms8F7CZhH+Lh4GOaBVxDHJJu2JT9VGNSk/QrV9"
    "yaSjVALRrzlS1ZJYX507hByA4BDM3gW66xAEw79Swx8M0xIM01xl7CB7CbKXIHupoTk5kh"
    "b1GNvYelX9Z03Z1dHTvV3WtbW9sGHlE3eRdTpmoNZCzdmVM7HwQEzNwS7+xlamRioBTwJs"
    "K5+AYSZa6btRFq719tM1yq+I9JcjcBPvSnMADT0j1MlSQNgt3JWo5NHOzJGoWH3YtqWYVN"
    "PTpgS7wbaWkkz2SP/6cfjr4BJ50iwn5H7ydMcSpIIFwpKmbgf9iZc0ZbBs0IYkTXF/F7YL"
    "eHnikrUwVxviLGuSTycXcRVcednvV3ddedsaEnIevZQcEKREHzdWlkDOUxoRAU0sh680cL"
    "8d6i3tmBuvl/SXRtZVDirP9vUuAVuZ8jIN2xHywpvaDqW90lW6xrzFLeohEqz6PaVVcnJN"
    "RgQteX0S+n+eGw1raGFaAQmkhwKWHr+EB/7Pkfqq6nz60f+iFyp8hG9D+R4i+BVb6L/Quz"
    "ThpI4b7mKdRCmafHCgnxyVfuLPpowes5UA4zzNoPdeCQk8oyIAaBJQd60VtLHikmBjNcXG"
    "EpjW4jKikn0rIyJgBkDaFGT1tApPIPfUl3UCaVIy0MqnSc2ChIQDwe1aHewkstFP9gGctC"
    "T9pDiLKMF46QjswLeSwKpyp1KE0pflXoqz/vLX8M3tc8LIMt/QGlt+5pBjuvMl1v7G6+PS"
    "U3aQhuSn3CF7yTKQYvU/0ClzArGL/jRdi6gGosetzZnI5VT5/aCCbrO8Ss0vMXOsJm7lM8"
    "KgPmt5Kxrqs0J9VqjPWms1MtY9okAz25hYZ9zm9de7bAtpu61fZ+BrV8rXBgpeNvTtDA/l"
    "oeBBeAjCQ+1BFsJD5eLp2ow4JgNoRAJIt1BFLxfI1YWHIJ5ZcjwT4m2lxduS+2wJqHa7Zl"
    "7k09Koank8kHSj09+O13R+NidZwaboNb390SYtvFzPW0/vibC2iLZpaF4xO96U0TRfbKTp"
    "Gi9rxwvZvS0x4eeYHxC9qTay8JyxxDV0qqK56RIHW97JlarhwG3Iacr2hi7BVOpffXeeEn"
    "Xh8CaQbJCV143SRm/Ywt7tKZiY3sbCZ+foMXon9jj0PjpBCzqBXkQs9JR6V1i6RqcYzTb0"
    "hvRGYYQEnXpu5pgDtRePmp3R27OagB4nnYfh3pgowc8qy6o8R6M1/fFeU0t+b4e+38hbVt"
    "aUUJvNNPwult5P9AFBJvsnnXliL+jRRIfL2CrJDNH9fmKbrjXHoT/J/9N7ndhnErjhx4zi"
    "sSgRW72SgaVABIyXjLT4MJtCEtiYHKCbgS7fPWWXbCADqApQhRDNydFCNM1nUnQoWJNQR/"
    "JCnRBrcsi/aVDLhcZiQh2E+buLPJWP6VXZ7IWLVO1jL9FWbvOIysC+sXcxm/O5a1mFwpAJ"
    "0Q7GIVsSdwww2V3Gt+G1l9KsRnPt6V8ytLDRw+D+EjFJVmBpMrr91SuwxF0BDSmwxJ/G5Y"
    "53WX6WQLRze1wlVK1gBRTY5hKi0JC1ybsckGqy37LukmqAAFJhUQhv85PvqpgUBPoC8GuA"
    "DtLgeDDQQapAVbKpYrhrlgBst+kL6S9M81gMYZpxFoUhmoe8j78Qy3+Wy5WdL1XyzKL/SE"
    "X8vvRpVzNs+UF7d2Uj85VHyL2zTA7/5aoGYlyAoGxatPDa7lzZiu63P1f291iSh5+P8C+p"
    "2Ds0Xig3IJQdpH/RRdXb8jmkAtkmu9LpJn89GD48MgfUHNPDLMnQSzFk6YLjwePT+J6ddF"
    "yLTEn/5penyePd4J4KbENgU/LbePg4UEYfP16iN0t3sGIuFlPyOO7fTz4Oxsro6fEyZLMo"
    "putEzg3vI6d0luT4OLr+/Nj/zB6CvXmO+sKfZDIYs3rl/tsWFicPa5NPyfDuYTSmd9JXaz"
    "/gfHxPmr9RSOcQp+Q6E+ItvRqgNLZpQQBXJkM7C9X6s7JbG9OCrOdqXemQeQuZt/XB+7Vn"
    "3tZqF3Q3RgCJt5B42x5kITBQMp7QnAWSmZsI6I7oFXS7yRlhket2A0ErqMncqigr5IjnQx"
    "ZyxL+yHHEWvDjJiqzyk729UVV2WcM6v38t0cfKkn/DiZVMHUnKleNKOy7UVedCNTyrQOC1"
    "PDStYPJ0dTd8fGR5BbY7W+mOw4ooPIwm/BDzWrG/r/v314PbW97ymf12w2hK+gFER6qMjr"
    "TLtwwE9HKcy+FGUGDek7KQYNLkBBNvfy8wzTFBmOMmzzE1GSyzSNJDWhDcnGm/8Zz+8mfT"
    "ksQ2IQXACoD1NQjZZZuSA3Ah1glJO034nlbgTg420hLwvY4M1a7dIS+8ia9OHnjDzRScy/"
    "vATX53MlzMGboZ4LsH37Q6Ku3Dj2zLOsFldF5k/tVbOlaH9uTqOy+GoO2KdgSo5oh4KOFs"
    "lhv2+H17Cza4H2r3AphQEPWoMZGN7eCV8pcj2DazKVAxIVBeRTYXL7GsSQKbkAJ7S1S509"
    "LZx1vxHGcS4AokIQUJCqMeOw8WqOhAmG4RnqGqKE+ajogBtjl5voHKXAbXNxirZTBL8X0j"
    "ayxm1F73J9f9mwFQfiul/AIlNR+oOSipx+FPPvpFIU4EDoXwXG+XLyEoKwHkyW45CsJyIX"
    "LcyYQYUCf57+4YddLC9OLAppYrhPP3p4FHkAzHmJL+w8N4xAs0B55qVnjml8G1f+GfeM6v"
    "m3waPjxwvuVSX6+9q64HQ7+08xzrr8C4/HoZl2GUQ56TlRAFVlaTWVn+y1+EYRmThFlu8i"
    "wH+3mhQu0xUZjnJs8z8OSzv5nd5cm7a63grMclYdabMuuCl91/euBT1+SqX1jmSilGTxWJ"
    "gsteWLHR1y3k+yAkBWEJi+D1nQIF8E1JAsCCcJ5vAsnCm5IDcNPg0i9fse03LQib7/54ae"
    "yjVUIQ6ivIEhB953OE+SLrE3DOg3P6hc7V9GP7CSsB5m5z2gXfe8gaKBXh3FkDYv0C8N1H"
    "tEiqVDngjVgRgO/eHSJpcR036yWgU0DSizw9JSvnJYnpfppKVRkvwFU5IldFLukC0liyTV"
    "iKjRJsnHKQxsQ6kxFQGrDH4Po37MMNVP9m47ltECblu4pLAbL7HVdOhFh7oAof5ei2DOTc"
    "vpT4AgOWf+dZ/g37brWe5D/44vVhPRFYUOG53i7rybQ0+gJi/9qcjWen7vvv319M3Q/axU"
    "/olP0UTLRzPpR9Ho51donoRLNurwtkEhxwexGz09CziZgcOlUJGt/16QW8caxp6c86UQ3E"
    "BzvjDWJ5i8FYI9qa7z8lFl4b6pz35vXOoIVp0ZMmMxLR5PNTj436Qgenf1PAdDtsa9tDa1"
    "XX0JvuLPkdvF6g9Er+bN8gnm/L7+M/39+mhF23tvQ5Rpq+oBskpi8fG5OPNNt4LXaX5po1"
    "4vUfPP6E9M+FS98pLfm7sprs/u4tBHbW978qL3gDFR2OavwGK1kyUSMhBoka/HfvStQAL0"
    "N5ScWQ8pJOeaEjPPK0FRs7jiFOgkl+5I6TyDK3sKY78lUj4nJdejVqrhxB8Bv9MDuqIT8H"
    "KVGYhsLTEJimdFnLT4RAuDNu05rnIdBj5SchKQkzUHQGoJN51e22twaXFMwxsUJYN8wfk9"
    "BuLj7kUW8uPmTrN+wcdO/odn4KZCV9jbOeJyspUn14hVcz2fhXljhEbNNawlIlmlEg+yAl"
    "B+CKbULpkHhcqEumYGm4erEPKVSjIoBpNqasqHARYLdygK7IGFupkslzoUA5eHYg3hI1vM"
    "KYmWxKYlIQ0N1HjQnjiwdSDUbBOC3bCvJyDaJfmP2MmO22WRa0Q3+sbsO7/c7kYMn4qlQJ"
    "CHebehRXOaU66fgWVgkQ34UDtctoyAtyllWaI8doa2yVgHO3U4xSdql0hlGa9hVT49IzMC"
    "L40aT/yYn/mPOIxp4TuHXKRu5Ur1B/zZVmG6plB8NbWM1oB6wpBTYPrfEgquJosWDEu4nK"
    "YUuxFaOnezsJi96Fik2vzElX7COvG4uFmBBaqRpGb0ud/pNR4xzdMNCbymiCfOQeqzjK1A"
    "SNXoQJ0h1kb+ha0VJMQ1/g7Bw9ebOfmKPabjwlPimQDfmNjYYaXq1NB5P55lu6o1+ipfmG"
    "XxlZcEEPMs6jFh6ia2XuWhZdCcbmbPtcNr2dzR5BfabrqMf+pduMCOk/ockoiWwcJrHQLZ"
    "teSew3OiDnPtLltcFaFtsQWIVHZBVKhhkPCS82DNjqo4tBTHap2gJa/f5YbiBXX+C8Nrzf"
    "/5AD7vc/ZKLNTiVcjXO+cRWJ6iVEOxjWa28YLx29pYr4M7Vz2GyIJ1o8yQmxXZPcrQlmk5"
    "bsbe1hIVunPCEGfJ48fB57aVqOwtM7JNSXhFRn6GqleetVgzEVNopJDL8mRIIMaJoGVokY"
    "3bRwAuAZla4K4fBIvdvA1Wh0G9vir4YJtt/9093VgCo5fHXTi3TP/BNFSuw1va8A9V8mo/"
    "ssnWYrk9x79bmD/gcZejHPRXN3XoZGDPJgozi96/8juYdc346ukp9LNsBVVmXSJhRMb9pk"
    "tJS+lIe0xjMAlYWhPj+LSnbs3O9SspVtdykLrv27nQde2GRWmnoulu/MF71mArqHZkaZru"
    "zPT0Ks/i/QyX8tXDJnGKOZqxuOTuxzdr//rkq1rfu75CFs4VcdvxX6OgkHgKYeTTbFo1Mm"
    "bU0KhcGmzGNT0musF0n6ckQEWLXp70qxgt5QzbuZvNqOL9bEp1KWZp8lDlDv5S1CefSIDr"
    "OXWCBfG51/pkoAt9t8pOjHPAfTq26ybUtRzeTaipdqaheFZbsH4KzvTglsuhKZSXyRizhJ"
    "werfUz6tgqLTv5+wGk4Ecycd/uJgi6gGAw8qch2TO+NtGHLluKIynWPRlF+LK7Lu0wjvLy"
    "EVEa/Ks1AC2icPo8klWpv2lNwN74cP49HP4/7dJVrpRF9b5rOlrqbk4dPofkCvoj8CT8lj"
    "f3TVH9G7q+ZMNafkl5tL9KdGr7qh/1hr9F83o6d/Du8vkWa6G51Myeen/nDyafR0iV5cVb"
    "eXpjslvw0o7vSxPo0eLtEbpmg5CqskOCW3w1/pzQz9NUVjzMWmKr0SVXTTk3jbEmLdq4pR"
    "Po+q6TXbUu/byRoTjSEm+9IN7m+G9z/T18WTpy9Pf8jeHlXnJdl+HQ5+YwXZmLYyJf3b29"
    "F1n9doUw1u17DCbQ/D68/eGPr8hY8x+TR8eODF3bz6nfRFHLCXacyOUYWBvlEWO3o9unu4"
    "HfDx5uZqzbQfdrR/fz245cXh5gxfwy8P9/g0vvfKw3nlQpvxUtrurGBxsqQkRMOKRcM03e"
    "accvkZSErCDBSbAf6a08cq8A4kJGEGChbnK7YFwf5TRjSefisLMCIiUoA8lEJs5wys1Q3P"
    "mFthip+UVZKW7FzYu3xlk2nY7lqw1HcS30IhIPhKEXw5UdRS+AGJlZ0S7NzCLt/gDjHjrp"
    "1CaIeSnYO7ohKrPm6qplnYFjg7HvGXzK9nWrYDqO9ipQ3+8RjbV1JswZCUdju6/zm4PEkh"
    "TBSxkySLAT9MZoHP3A1doRZeqaJgejbKSTlAO1eGl+lac6nVvJXoHMIVKH6sNkUhQnFUsJ"
    "5kl1pDbx3OdWEOggITvhUD3niTeeN+bKTAFMclYZabPMthXKtIef2ELMx0o2c6iFUWmemE"
    "LMx0k2caWid0TR8TTPuu1glFeyZAhkHzMo86DmyRLh/Q2mMPqDb7VkuCGpMBUPcmGUH142"
    "AF7UkoyC55LE7ZOE72VkvBLZC8FX7uSwC426kwKc0oRxqXt40CtHugjX1tpFOL0v3WBeHB"
    "K1/04+cxNsJtQAz2wB+mhRZNFuJCCuqBMPHsqht/rK5ihV9xOUANXnF3UWLtOMoAqWO9Sx"
    "K2jW2rB+9NHKY7b6iuIuWT7cpA6sEbqqtIeakuZQA15iN1FydGoD0QpzEfpNsQKX4h81Kg"
    "OqC3STsQY5ldByN1YBeYNiDFQsAl7OgTf5guwSRVFyFt6SjmIhvToGNOqRZPS0zMRN0PTH"
    "UKZW6YogrI8nA98PGug+E6gliRqhuh+ZdVfSNqH+6pwqHE7NL9XYHoVCFbfaW/FZmEt7Hh"
    "w3zD2tfMMb2uh1QbsQom7BJ6c0PHGuuDk+zGE1zyx9z5ch4+xB9nlycJQGu45ZSoVN5cme"
    "xX0tFYA6I1vZdpobXJprCH3nRnSce0EV1g2OA9fNQVk0c6QQtMztFvlu6wPkFejx8Hhb2i"
    "qujnsytxqWNlSWpJV9rR+EcnUklLwfUdbEZTPmd1TnclGXCD6ztHBy4/XYbvUzLYhgJdXL"
    "lVtK3y9n/5xNK4XJdqodadWcq/zRIB9q1AZ5J5SyMseCqPJG8pKgOEhWbU9G3o3lAVCaTu"
    "op1NgzdvuDezaud1f3LdvxkctY6kF6fLMmfDKN4+W3YbN9xvyE54BS601G3HtDaXiLV13V"
    "DkVGLrvP0EM/GIye+A1LlnGb4tTaTp3Lhkp1nD2fOUvVrqyGA3NloZybYbF5a5UnYViRNP"
    "QkKsc4ZO+TakYxaAOSYEIO8FGfLQK+1T4rPcCmQFxSQhW6Qp2SJ5snfBOCjf4HJtWUgjEm"
    "DBgrVVm7WVXLUlgNptvnLkRW1eI4RPpqGNXQ6v2IYNL+jtN2OX9FrFohdLxGQpfAv92bW4"
    "UckGQGyAVAjU466dXVIj04uiMoNzpTrzJbYRtVfXNotneld5kUxWLCJt41Z/yynpIxZL8y"
    "KvxESW+YZ0G5mLRRWG8ddiFVfW5CE7Trq/Gnq5MdMqYD75NPz5k/Jr//ZpcImW+vNSeVUN"
    "F9NFenMzHkwmyng4+UyXuFfsTLF0+2VKPg7Hk0dlNL4ZjOlj6pbtKPwFmJKrp38Oxsp4cN"
    "cfU6lkOanjm3uYMHBl2ydHpKCMpEQZSWdJFw3f9OWrMydFOxPYqjmW+II3b/TllGqWHJWB"
    "Tsmxl6GMTslQQyP7HWmnVyTAaFcNjWDuZGtopOTAmt9rzW8xA+tzn/WZXF7Ns0F5Hl+W/R"
    "kk+e2zPcOkwnI784FpdkTTzH5xpSuUR2W6SAh8/y6XzfRuh9H0Lmk1/eUI9tHM1etfDW58"
    "kRuf6I7itUGVNonSsl2CGBpnfWWGqaET9ikt1LspLQuvQuGJoPu14pfVldvlo1KdeQtK2+"
    "oZQNF2jRK4RsUA2DSh+9mW3zKiUp3BtOadAogdFdRTpPaIXDHFUADwBF7HcXgddA2WgOnE"
    "G6WjiG7f04zKidketWhVEBtbr7yAwMGlQcKRuuPMFFRQUZhtUEoZlVudtDGEIlVDpQy0gk"
    "IqXcOrcr92UHgty7UdKcy2z7sdLQeXj1flSyBzEfKXvrGRunCw9a2tGthGLASvamiGnTeM"
    "Ca8RYS9NavBZPJOH1atgiUBpYhQfhI9xJiZY1XTvKfmDjaKozh+MYMVSj7wqG8x5j2xdwx"
    "55BfF76c4lHVNdLNDCpHcJ7kcfzH/cnndb/zH8i7iASXBO6tbvW4VEdenLZCkBRch/0pN/"
    "QdpTI9OeEtNVhA2WGKLJ0YeTyafRwwOjd/nrfUomj/2PH/1XJPlW54lM5ClUkF2mIFWkYG"
    "ZqgqDEjtaG/vVNRr1gzOfHd3liPvSqTHT5uTan7kDfvVIyd4KPkOSMR8Sge1NzKEjp+YWO"
    "KFALoxWYWitVDtGtACxRyB4EL3MzfCi9g7zM0AYpJ6zZbZDEjWQgLbOUtMzEB6sERGXrd7"
    "cU2u3Hunlk46DHQ5ZTNtIDYp9TNtp5AljHrfrW93Z4Ald0Gkyp0rlbiQ56n8pP0oT6o0fm"
    "+eAvDraIaigWFjQEyF7nSblCqz35TTvuXlJxMeNnisObKuXIjoh0rghV+XuJ6ToKvZ2GFW"
    "LKoJyU6xzU5a/ldkUM6t3GuxsyAO8neJcaYlYeUgn4WN3dWmLBV0+G8lsGZpnd246C+6zu"
    "SBfD/UyoflC6aUmflHN6PPFL9LbcoFNG+OH1qralnbSzXkhB8q7lHCENz3WblawI++nQLd"
    "82BVWUq7/llPyxwtYzU13+QM+W6a5t75aMykSP05FMxBiArL2QSVhdKmuODXRqU+C9oj09"
    "xP/tl/3p8auCfuBnUKaqgV6JXaWC91OTqq8ZnML6ZLmd7vzVqga3N5f8zZmS8eB20J8M6N"
    "8W3elVG9Nj1/3768HtLTs4Zz/U8Ms2Hd8Q8d5NqTI8ERGowhNTh8uowhNskXKOvK1MfS9K"
    "PQbh9xc5lvz3F5lLnp1K5Fj7HyhFtsh2SrBz1jdU2wYDPHZdcQOcvSxaoVmPSwJzr8nMvW"
    "CuZKuHpeSAzQMMPvBhNcax0juIIbV9u0uAttt0ntRG2CjqSbQHuMAFlmgRnu0Ci/Yml3CB"
    "uc7M/MIKkVOzmYlyV9NvmGroDnpQN8gb1vdbsay9rXWNXMLKmqOVTvRv15b5bKkr/8JTPh"
    "b/91kP2abQFVbPrackmrtHR6CWBWLj8rZkG7SiL8u207Xu5Qn6N2KdtXmTs6ClmY2Jg2Yb"
    "3x/HvcXoT3MGbrEGusXaF/9tMZuh6T5Igbm/xkRjkMkhfvIwuL8Z3v98iXz5Kbmhiv8l0k"
    "yCp+Rjf8hdkAtVL+h/LDlZUqXb2mot1VI4KtKZekmlWQwEf3EUH6IClrdAvBbzu86dvUvW"
    "t6HajoItyxSYMLsaz0elwIeZx4dJJ409sgTKW4nOIVy+Sx5cxNnQd9dFDA0nujbrgq9Wqs"
    "ZTI7yarTcuUz5NGQfRXv/niOBHk/6nau/nUaehIv7eQQ43n6An8LVtqXvZbrYIR3C/g+2O"
    "2oQb9GwyPxJ7eM75YoQqh9qOvlMr4ISlewzyG52do2vVXva8olca4j3aOCdsSf/zrYXn7P"
    "qUpVnjrackyHZDtjufY3ql6vCuh39DKvLPsbJepvu8jPr3/gP1DZ174mzfmUZFfefa2jJf"
    "dfZsrHk8PcIuMd+m5JSR3cy3wHt4if5IGFR/II0+JL3WRqqFsxx2ZyGrjlrpz/Q29DKLPw"
    "jbieljsIphnucwfBLeG9Ja2eDsa6Czz5tbSU9fTKi5jRobY0JAdt6Rs/PakX/a2owxj3Up"
    "t4MEEp2DtxIfD/uaUzvmlem6BSr5C8U746KueTOx8CsmVIdZq5YoPLCLnJwQBIpyzC9QBk"
    "W56fG0NFXZ1/2xNLE/HVCbPF1fDwY3LI4WjlpGaK38LwYkcUMSd1eSuD24CrblEgjDd7nY"
    "dzlwOCi+eSryF2QvfLE0LP+9y992ZyvGASsSK0nKAqG+OcGRdEwMKDFAiQFKDFBimu8u8U"
    "MOxVgbCVn4JjX5nQJ2TvZ71k6eBrBzvsZZz8POCd5Y2YTOlBwkdEJCZx2Y+hwOOVTjQrBU"
    "odMFpB0fQTsuOe0Yit2XWexesMmWtWIjxeq7CW78+5ID4K36VALG3c6YT2majcqY92i6we"
    "6RyeONbC/76LyK5V2bk9b7GEkoV+0Xm3NrGVd0xUm3nG7L89V5jrrHsXUY63Wp2oiln9PV"
    "ZTGWKavEuGYM3SQD9yQxnTXcckoSWJxdIoqbZb5uCb283mSQIr+kC+gbmx4imvnWQxRZHD"
    "BtvQa93gRawJdtIF+26fwSgR/XX5fyBJPx4O9P1Gb3ykX6Y0xJ/+FhPPqVHQxWOasr+cvg"
    "2r/wTzwP7nV0FgQQE6v2tHN/TbAQ0kBfmaaBVZIRHEzKJiCfUeGqMA+P1OtfvxqNbmPetq"
    "thgtdw/3R3NaDLnE8CvUj3dIe0FQylIqFUZEPU45b6nKFUJEQRU5GFIv2es8TB25j+bLEU"
    "SKNAECclB+BCEAfc4411hcm5x1M7aAkId72FcdZXJ4dLd7uZgkt3D8qp707DXLosIHSrE3"
    "wi9OeGZ3u7nbnsOsWgF0Ln3W75K/9yBK94Jqr+1aAHCNM+bcecv0j6uCJSNXq3ghXcWufW"
    "nBp48slUUanOZBvUnEXl620OXhWyI7ZysIk0gLrURTx3GGfHYdk0DeQDaTZCA237epdl+w"
    "79sToKbmo/jGE8Hkwex8Prx+PaDTupIIl3YK/1IEcF6RM0vutfIifBz2BF09TFIogt99Cz"
    "aWo2mpuszSYja5z6GhUyLfRmUXyRuVic9Xw+x7OJbX6dsIlo9XcE86dZ5g/b4iRrm4USUN"
    "gsERRNFzYDNkw+Ngw7dj0Y/uodm2Pdv+7j0/2Nd8yr4pjctIA1000ugc8YlDZw43Jg4hYz"
    "cYHJkT0h3WVyQM5o12ZdQO3YlTMKzA5gdrQWXGB2ALOjWZ4tYHYAs6PVKB/O7IgWGLdt9R"
    "kLXCFXvuTHz2NsqPy37N457ryhuoO7wPI9EKdtv5EOIhSycA7BJ8r76chn6N9S8ZAtnvjL"
    "nL7pz4IUmQDSoKPQfmAHkbE6svQkA0eTpb7m+fGCmFF4rrcrXGT7VwHTrFuhlmBeJeMtCT"
    "EIuuwNusxVy9JFenQ2yBGRzjnoyweY7Ugv9AEkV3JCrHNAV1A6mtVUKFY4OiYJLtmmuGTz"
    "OOKhjF+FfkLDnHMdVg7ahBR4C8EDCx7Y5hhpvYM8sMHLXQKwt5GhOoptYivMYG1CfbQj1U"
    "cr1U8WOCy+ak9ZQQdQVs5hEtP9jiDIO+ygNwjyDsvSO+fmc4GOn1Ep4AkW4wnSVal4yQ2i"
    "0ma7FnNMrDPwl7akZ6ozX8qZUlER2CYgb7NmdENdRQrbhBQgu98FYEdiiAeaUtFwZMtAzm"
    "tPJRYYpHFW5WrZm8aZ+ryVgO9VME5HsY1+0xuVHXulGmxmBsSxNicCGzd2vrfLxvXpezNP"
    "QKGvqqXntHVPRoQXCyfP2KtQ7o31je1VCde+fVUNl6Wo8qHRKVX2z9JZr0UHEdjTv59sCZ"
    "wvuse/svDi5F+HGNq7bJiO2dq1WC/ZFjldm+yMrCEZE+uSBlOzMRm8MUUSZQPZ+igF8vCf"
    "PI4enh7oi2Wu3fWUPPT/eYnW6ibIcg1yXKekf/PL0+TxEqnan67tTMndYPzzQBneX9K9yX"
    "rGik6CY6Onx+Cg6TrJrS0PZQFyYytlhHx38SEPvhcfsgFm544fZ21Wz+PyK5ct5BbsovBq"
    "bVhcqmoC04oqR2bGti4GdyvRvd2g9M32eGSWpq3j0h2wnj2iLhy6cUrrhEJx0A0L64bAiK"
    "syfgbVHr5CkmmRZP/DM/wbN8HVOuvrT+htGsB5XZ3ZabzH9nVeqxYe4xXDz7rBhv6KxT5P"
    "4XW9Xb7POZVQLF+E/WImI+f9pCOgYATeudHk7kzd0Oi/+B9s9+0hGxMHqTZS0W/4mnVvtN"
    "0ZG22GkZ+ZyzoxrugWw9sxZrhJq7zbHn8qv4u/PAJvj0avp1iAe7VBOlu2ezU6g3nVt4gI"
    "fG6kfKZiQNvgJ22Mce1vL0KdOCMUEErs0oXLgbrODWQHskyVTWYH4tXaoL9N+K7vyA6Mi3"
    "VwiVaQH9jw8qKpRXqyxkRjiMkBfvIwuL8Z3v98iXz5KZkER+zIkUf+pzMlH/vDW1Y3dKHq"
    "BqskOvk8fHhgB+wXnhfZjFiJ6rBF7wgmMPOTGBUB3mTye7iyn+U2nVAAnPn7dxtDtR0FW5"
    "YplVofl+qcU7+S8rdsEyuS9L0Vg3aqzam5mXa+gcs1++3qrssVCux2bdYFL3uqXBk42svS"
    "9MDRXqmjPeTDH8nPzpx9JyLHOj/Ry8Ei5v5Cy4u2Q6psq97t3g7PMf/fFKzZFkdwfQddSO"
    "XX8qJwCGuKZMO7leicMZeHrZnN1UwxNWe65Sw1VZDone1Djsp8zV5kMJGy12w7lWVgpYCy"
    "3BCA268sm+6a/+S0tuyd2akuz/k1eRtRIu9ytKRPhmYbzvPwgDlHf9j4rz/ow7G/7Gj2nH"
    "8LllPHrg+Ce+jUWwJnPfS21OdLtFJfsM1aTiYjMnXdd0rW2PrWk0eGvtIdRPHA39rqYgcx"
    "JRiXb6DhW0Af6jA2CpgKB5oKc7rYZXTZ4PrOVVW+eJcnKvEuOyjxLh2T+EtiwfpX1/c5/q"
    "7RK7bNIXuXuDYOZjh3xP7p/mnCAu6e9JT4f/F/D/7xMByzP/GXtW41JRr/qho6/YRbpqD0"
    "w26LIy7ZQYujJRZGrtibt+bsAoZlXLKeaW6Igd66WYYk2bI/XGzrLhK6tMt0xQAnobI3xj"
    "Zday6lPG8lanQEzw1VX9XjDS5fxQCnZjb04NQEp6bM92gnzTwT190s868X2R3u4qiv60CH"
    "seecfIwM2DKo8zqOE8ssR008cMp3IFU0vrwzvfPRF2Cfl14JlhIUgG+j/QSslqOkKkQfSw"
    "LjhFjn+C2VJCt0vnBf/270xFLL1JXpsuSym+Hk2jui6facHWuGA9t7PvlqRXG5zmSV1Vyj"
    "KFgLymwt8bVMSNUYL3tH/1+jP50R5Ym+NyFQ0stbJA2LvNgid5YWtpcmlZaehpQozEGxOf"
    "CijZq6kckbjgtBGbQsWBsR/m0Y0i1xxeaKcnhz5Qj6VueZY0fUuBpmuFEz7JiOaih/ufR/"
    "ZPzCcanOfJtK2x5123axpoTmTl5vUEIMgE0Cu8aW4rs0Of1UAlyRKDDuUvVNWcSY/9C0vm"
    "qaBlZJRsg1KpeAdUYFq8I1cHLWu89fjUa3sS3+apjQRO+f7q4G49Pv+N5OL9KdDAVVtxV1"
    "7uivsoDH5ADw/IBDeWQojwycja7W6mja+9XOSRfYDqlSHXM6Cc+mJbuLxqVgD93LKAkQS4"
    "MszyiJDNUujPPSHRLLS5rwEE2OCtP+ElqZL/jx8xgbakb0M5Vf2LKPVRbe/66SEeKTcQRM"
    "kC1NZ19ZEyB+dIv4ERSrkUxVTIh1LmOx/Hg40ecv0iybiEzn6B/l82zUV7rKLcW1DBmQ41"
    "Kdg7kSls2aYiS1kkOB7pW2rQ5gZanags7Ue1AOpUqBukF7cvkbhrnGRK5E81YC0N2HLv2V"
    "piS8ERHAdx++Bn7FUl+6UKDGjxwxrZVq1POpK19pW5v8TvnNjq0AxBaz2lgWbmAJVK3D6H"
    "KcVWCvcRHeokAY5qHYPLQkt7mte7bnkCwSLIlLdi9Y0t7gSDokxht5GOazTgpMdEoY5rrJ"
    "cw1B7+zNtJ3xTwh6f4WTnifovcLWM505+ktN2RIVSUEIfeeovRuCloa6ulz/hoGcP9U/uc"
    "Ri4W/6GOj+6fY2X/ib1/c6MPo9srQu4S10FlB7M+hCXRyoK2+wAR0rDzejaR/5XIBF240c"
    "QKgI2pt0EiKgnOyDSDV01T70dfM+BH02VFdxctTnUkB6VJ+7CpHnCi9nA3/gY3V6/7bdWT"
    "j4gWhNvKFm+JoOhVtZReyI/Dhv38okyYXb2t4GYJG9NEdjA2IyPhya01+BvFYCrG1A0Ezg"
    "EqkEmYYWXEFP0cuRTZ8Q2UtzvaYnPP0UMf0U6Q46ZRcY+Fmdb5C+WptWqjBILTedEn6JzY"
    "ewqZzK7k7vwckKZ+foo+kS3lKBifLUPN47IWiCYJov7hoZ+gvmF/iHGfEsqyEC8AmP2fOA"
    "vYVEYE7uaHuwFekcj7D8FmktiR5FdpwWxpDA45wNfTudj1AatzE+Rygtmtff2NB+Xx7yD+"
    "rmmtH/MzXl4II8uvJa3fBkgtxtwKju+C3bQZHt0IWjffuqGi5GdJgVNXi4ehhRF5k6qRP9"
    "27VlPlvqiimvbzY6ZWhgop37mS3nVJoJUp2U7W9UnbXTGnNNN56Syaf+txc/vke6jV7w2r"
    "n01WM6PD2NjQU7oaIZVi2mDtMnobfXVQMtTIsp8DpxnUo05F0koY4pybXwgna3D5OmgMeE"
    "OqdOl0+ibVcDHqCQpDW7XBQS6BfT7fltZoel1untcYf0muomVK8o8uKkhOH1afLrA/6O7N"
    "cK/B3g79i3b4K/o/v+Dhaqz/R1+HH8vX6OgDdQbgWN3yOrjN4B2n4fNQTmeGshr8XuX15b"
    "C+UWx75ATQE1BdQUUFNATRGpKQ+MUHPNO9IK9JTI2TyKildKhFcdzh2T+Q3Tr5yDXBtb6B"
    "VbOn1uLSD6BPSiJf0pjOwTcIzQm+4s/VgK8mIppoU87iD9habjM4wEkZgqbzclbEtaqY4+"
    "Vw1jg05VZOH5hm5+IVHqzXTp2EuVaDw0Y9I/tkEf+ggb5JjobWniV/Ycqs2v8mXpVnd2jo"
    "bOlLypumPzoA07veRsKzqA+UaC36fOOSmKjUbX5kK3Vj32zEyEvouLBTvBfz79lfRq78dl"
    "RX5+9wtJe1ugdztQF4+qLh6t1E/TNuCqQz30bXFcAbU2X3O4rXRtmvrJGhONISYH+MnD4P"
    "5meP/zJfLlp+R6dP9xOL4b3FwGewjb4n4djIcfh+xgsH1OyXjw8WnCDll4waIfyX0X+FhN"
    "e2u6q/hreK4XCz/EJSH20OjYg6+QSNa5jkuBiSdqAum/BbKdGFJyEB5Ng+vpznLAxmRgyQ"
    "pQNcw5T26SwzUhBct1f9H7iBUIDp/dDp/Ep0bs8klvDQDtfmhjG+J+YLcfphLAfbK7VDwh"
    "iWzqG55Rq0K0+ZYA7m1kqG4CnPjmSJcCqdQTHEmXFrmC49nU+33BqUzu/d7gEcFovlTJM4"
    "5mlH5j+77Wc/Rg2jprr4b8YT3P7B8Bq9YkfyDVwsgwHeY5VR3knUEfhx9H5ylvcPW32xN2"
    "f6HLlf2vhReH+VOBX8/O1cGvp8tdqitreD1o7gLNPXgBivhWA9kmu7FPBv3x/SXCqkWmZM"
    "JcrJeIlcPlPtNfB+PJgPlMXxnrlR15fGJXW9hx2fWDfzwMx/QCb1OZkv7NL0+Tx0ukan+6"
    "tjMld4PxzwNlSCV4+EnRSXBs9PQYHDRdeuXH0fjjYEiPLUxrgfVUTv9x/LMWVm2R3pAdv9"
    "hKdK+k7cWHPPhefMgGmJ1LtCpoJMG9fXG46JpdyC3YReHV2jAVt66cKtGOwPz2u/OphLtC"
    "zGffPsR3IMx88BmF8tWFI3Ij7K2TH8qBogL9iaE/cVOg7m6gFhiaZb1LwNCslKGZp0VtlY"
    "65VGU+gXdOVL1vr4vODoQ4OtjvQZSHtBl6ylRiv2GLsQlVFA737QrbNv0tyMGrtUGXyrlP"
    "S2QcxbASRrR0IVINw3xjJ1Egu/ZWW4K+Wc+Np0Sdz3n9jD9YkQzdsf/wiszZyDthc9bnBn"
    "Miqc8VZQAGg+Rx/gXPyJYckCmPmnsTmYkUujtycOJiTfZDNcbKazqdshSnX//6evDAHHV8"
    "r2COvV8G14/MsfcnntO/r/r3l2imkin5OLx9HIzpbXXDSe93R6NNarpU/7qIRGfae5Vm3H"
    "iLgNoo/AMigWpaEMAFyxEsx0Y1+YFZr7HLD/gLwF/QAn/BkTM6+17q34nASxCc6u1yDvip"
    "gxVUnAAj95g11v2qqnmt2+D6zpWDLN9i4v8rAW1wfZON2MZ4DDg6QnD3+wsC2SYDfdKf0D"
    "OXSLVt7EzJ7bB/NbwdPv7zEhm6OtMN3dlMyeDvT/wQ/svlfzPy0P2TTx4iLuZkocH9xGML"
    "YWLjZvgSdFuhXw/9VTCDV6ZpYJVkbOpRucTszahgVdMX7Er1RvOvRqPbmBJ+NUzwEu+f7q"
    "4GFHsOPb1I9zSNtEG8Vi0smxUXk4H49F4d2cOrBB05oo61C+C8OnJsZUnH1MpuU9g5uON5"
    "GDo5tGHaL6ZrEdW4pSM15/t4OEqVGltW3wgzYEQWV/R8b6fZxXp/BZfmDMQ+qJbjpS5YeI"
    "7pcUTHN1hFGxYXJUgnr6Y+x+nMBxlBMOSaZcipK7aLKQvhdrgjDyQu1yVnWC0pIRB06K77"
    "OU/QARigFcbx/O+NHLJxoS5taCWmK/CvuxyucSHAdb9F6CNWhklojbdjtQzkvFZhfH1lmI"
    "WC3aEUeIfbsToKb3xbzAHv9gtVAsLdLpCQ+pg3KoO/b127tmOuuJEmMEXDs709hujcvzA3"
    "HzgQQDN3wxo1mySsQHo6dX9YvPuO/hd/p07dH9/ji6n7QbvQpu7379jx9xc//Sc9/r32XX"
    "jkp+9V9t8PP9DjM/WCXfP9T2eXrIldYJraPPOebyWv7MkjDfIWOmFr9Dxy8ixtArfhoadk"
    "yKjGrHW27pWCXVPDnXgNt9m426sR9//0kGpzQjS35hlPOhCmP26tbvi4YNU30KqH8GxlDQ"
    "COG55tELTlB2f9DqaKg62VrWjqRoY2LBauz974vkUsV013FENf6QX8fiLpzjCJ63b9mcRh"
    "qpDURh2KdK5oRfkbCvhWs6EH32rWnINv9SS3rwqs/Rqt/ZQP68AIfRf9VyKH9cEwdc+LWj"
    "GNIVhXQsdRZNHt9BtFF3ket5GtGjjhdvkR/+cPU/f9j9+/Z+6VH388u0Q3Fvruu4sLdBo4"
    "P/4Xd4UE7psz9B/o2gqYkIi11jFdZ+066Nf+I3pbYsLKN2KqBYucQMd4BPC9NMv3EnjMiS"
    "mj2MelOucsKN8PE1ThSmv1YoCD6w+s6pVjg68T5R2oCqp6aXSfkMYtIvM1Y+dvx4o6z0i9"
    "3lW3LyXa5ByCxmTCOHR4BocyW0t8pxJSwDgQeJ4ILuD6iwh1CdSanX6vagHoI0IAfWHoHd"
    "NRDXnwY2IAf2H4vfAy1uRnICkJAYdiM/Bm6Y6DiWIuFvKTIBCGeSg2D02vW5VuA2quvRmX"
    "SUUdPQzuLxGTnBJ6zeMt6+lpY8cxcLGennlsyO+ybcjvUjbkCq+kjPTg+s6F3i5+/DEHtv"
    "SqTHD5OYi+QfQNom9Vcjd8F7EktHGpLqmwpSHLejKJV+wunSgq1aH1WrM6BB03awrWRxjb"
    "B6c+ROnfLds7ckfs4/tmjuQHaF8oAe+u9oVieHHQL/BAbP3SBGH7wW7iG/04QeJOqRtDiV"
    "SeRJmGQ2gq8eIQHdmUUw4szDxQB2P1GxtptFh0CalqOT0BCUrI6YkwpHZyeqKMrP2cnjuT"
    "4A0KvL9oYZkrpG4zrU5vLE6cmankBZkWmqv2MqTecA4No9mcnaPfWDdV3WuzEClN4lcZj3"
    "F4qr/llIT5W/S8S4KzbKheeC1rBcAbUoQXmwt+Z5ulYAXPAwSgBhKAgoxkOQJQXAoIQAn/"
    "IhCAyiCxQLWfI7s6/O29wAzEBSHyVhB/71OtyCbIJuWAv5WrJfMCW5iIam3sbHK7FepcoA"
    "1y3CDKBlG2Rir0EGWrHlmIstWr+kAw6IjBIIhWyOAL0QqIVrR/16jYBx9GLYRO+GhMY6cX"
    "Ph5GyZNbO1M1pOGZg3wWMKLCkdLePNH1px8WvKzZ+6n7/sP3H6buf/747p2X7krFv+Xifj"
    "+RrascmfTNpCOZzHXN+h9bzAVuma9+ZbFEgu3RngOc7M1ysoMn88ietOa634/xIcidRKra"
    "InbQLndYINFBl2MltPP2JVfQT5HGQJPD/ORhcH8zvP/5EvnyU/IwmjyyJAvmbMJa0CqcHf"
    "GahTcl70LDc10r5LOMS5bgs2ymTt90F2WAyU4fpbfmlCJ7XkKwc2EAyLeBSECO1wwiAUf2"
    "VwefG1lwU3IALgQDmmS9QYucWjJuoNfICfQaaQS2eYMA4q8fwLsH3tQHPwe8EB+UQThHfD"
    "A7gFVlVOZKJS8Th+LN2g+cCAIz8Qt6u2IzLK1AsYNrc0ZnRgQjfbU2LTrlXmJCOAJa6AZO"
    "t4VJ3OYMLUwLqfGkBgNrzywI4hEf07GY2u4KkZeGRV4aTqE9Xo5D+Qxa9m7IYBxc38FYwY"
    "cc2H7IhPZDElm2Rcm28onKgEsyVyxmqV78+F4G461EB9dw+exv/k0Ndla5hDOBaOcW9Q/v"
    "cgD+w7tMwNmpdNhbYVmhsrHvUOjAAHgz1fec8W8OhCNYpnuwc0TL86tCjjdkVHgpUgmdNi"
    "HVmayx0nzQHkAEv0mD6ssApIL+chCGhDAkhCGh6dbxvYZlct/5vi8IVkqw3mOuwFs6Xgs3"
    "saNQ39PA7XO0BujmdbYq4fTm4cPTC4hNr6EHWGEWdev8PEd/LCh82FpTFJ0/0GlQLuYbG9"
    "FXTVcN+ttWM2z1EH0gTEWXzPHpV3dhD3Hm1YXhs52YkfruPCXrrR+2h2zTd/ay1uZhGZqt"
    "x1d9pisB0c8Fr3izpFedozvVmS+9sjeqg1b0e4NMgtGfXriC35DefErYcEEJHdbsSo1fkh"
    "Df3pOdzfIQ/y5wU4bQnPzrEAfyLnJCx3zItZAS2utpPqInqXxXc/T9kMA6IdZBqD/k8SF9"
    "yPYhfUj5kCyqWYt8dZnbylYASDeivi5fiHRbs6gMVISCPKqjMfFmqsEMNPkZSAh2yG6ueQ"
    "a4skC/YarlCAzq7E9fUq5z0ZPvLvIEXelVO1J/UoFX212tVBHvaUdMcCvSOYwrCbtC4a0a"
    "Qq8rz7zlfgNpFrtAuJQN/KuxGtPzwNzTgkkwTQOrZPcsBKKJKZhR2aqWfXikXg3wajS6jU"
    "UUroYJgO+f7q4GdFfnbwK9SHf24S4d54lLQhJnk5M4g7mSjeuk5Dqkn5ZmuG6dz1LYJsW6"
    "ZH1VFTOzowTsA0NmKUJ3y6DOGzxLrrMcGTnb1x5Ck3vQTe2Q0qHJSgNurvaMxekM3pnert"
    "CaT/lXZvzanFE13jKBxbPoOkErdYNsVtgCmYQVeAoCRCzKhFYmcZaCBAPvbmfpZIVyhxbG"
    "m6LFzJIBCD7oYVGnryXk9NWmLXQqmOQteAmUQ4EOwrtr3Qbo/pQJ7k9JbMFjf2SHg7vWCh"
    "Ic45JAcGywJZxqPXa8JqWNm+SSreDgrZB1MaTkwMWw1ww+ToPSpq3gvCaafIfS7ZoE+3cP"
    "uKnXt1H278ArEHwiMICDU708FrBfaDgvsZQgc83mmtEsgxrFPsuTma6nFmZszDf6zHYPuY"
    "5u6I6O7fPz87MeesEbrKE3ndqvumOjoNUiUh1H5URMRq70SkOmDOS6bjwlb0tMwjrLPkrx"
    "est0kLQBHuCYaYGDcQ3GdTM2wKqN6+ZWXgaaWxuW51GM5rW6UVZ0szYF22/2/hCX6uLuUH"
    "ptZQoZltqDQwHg/CTAFXB+8EqqxkJwfeeghcrtHFqo3A6V2ztI+oHK7VC5vSGvVUsjClAy"
    "ASq3dxdcqNx+cjRDGuKQECprYDRHPlQGVWygeHsz4IXi7Y0u3h7x4vOAYlgaPaF6SNRh8k"
    "O4/XC8Du3MldZhSgOXHSCPo5s7VK4kZjlPOSZ7rhKCtSD0zMrJBx2BTd4fOAhpnz7cfOyh"
    "Xx4GP7NrHu5/5uHrNSd/szpELMI5U+mFYTSb1UgSdSKu45YQ5m5WmLs9RcNrC2BV4w8zic"
    "PSjjhQElgn5TqId/kxLVv/PwKQs5MP/cvBhBQldEK9+2oXK9uaRV4nolqbTPaLKoB3tnE8"
    "Ul7LAN7lP7odXcVc3xTHq+F9f/zP07v+P85i/u/b0f3PwfVRt/bVPx8HfYhOQHTiJNDGpR"
    "TJuBB8IoTZDoapFolMpAU75ESvyomLt1ztAx01EdZ3y1ZwbidN7OWNuWmu+5Pr/s0gmesQ"
    "LkhwMe5Ndki+vI3KdhiSV2o3mdbmV9VwVR+ElF9HcFVvl2NHD65XXgOBnB6dO/OVov6t+k"
    "qXwjNGc1b8mdWjnnx+QurcMm2bu07mSwr5JWKj8zqI6D/QX86GFbFmZ+kacbho2n1Twfjg"
    "q2mWr+YvUTHHTFT/EpZwrFBjaUs3l3Dty8X6Y2KdQbXmUL/94koWhgoFyoG89RtESjOU+b"
    "zGJiI9CyOCH036n5z6zcQbo1VTkLtQVLju8gT3DtJUYvFSgY6SjKdmayd+kwmFxSb1nAma"
    "2cgJawLZ9BZzHLqj/T8pUtCAokEbbrYO4YWt5dpqRmXKcekedyJiDt3v8yQUfJ+dUPB9Oq"
    "EAkhmlkxkhC6nSLKT4pp07kBMX62A0p/yXf/tBlAda+KXrAszlB80ggJMNfXcDOJBeAh05"
    "G+gJb1hHTt9ehF6c0iZ4VhfOBKL7DXCpxpsanumcbKkiupI03TlHN/TTQ2zWD9PbxGxEVx"
    "OyMGtXaaO566CVaj3rBM02zMHfQ3M6wc+mten5xY1YeaL5ktE5DRHTs45blhw9ABdBXS4C"
    "vjjk/eMxMfCPF2zcxd9GefDjcoB+MfTBc3Mi7bnxt3wZczciUsjYbZiaWHVxNNaNj3j6c1"
    "6EIyLdQxhqILXL+xhURJQy2eNCQLsU6Qq+Ai7pC4lLgSekMbUgGrpev5piEB1f1XVTbzoI"
    "5y5W9nGS55u2Z5SYPS9QIUrAt78dqaPQxjWnHOAKqWDSwOYjgzVsUyiNDSbSy0oA9ToyVD"
    "eRTaijOeA9ThGjlsKbr4bRcTI0brH2jK0bVUh63J7s7Qq4GPwyRVM3OcMtN6pubJBjOvQ0"
    "q2rBsh78qA3iURueNOHvoX5ooxfENbyuD55vBZ2+Q/+BpifTE/S2xCz+weVZpQtETILPeq"
    "m4S433nhJej2O24eV3OSF0E1TnYEfoE31j0xWjEpvCxaI+qfYUtrtaqYxGenaOHv6/2x69"
    "WqcPOlMNdroX/GNK7CXG7HFVA7Mh6Rg99Gv/sYfotLPeG+zBg4aUS539qg1iHAX2MDamT2"
    "U77C8KCH7F9Bz7KdlNKQOfavwzl1jnUQ+j7woDfmqDzL0dwafGuuCPsb/n9MGDh60ak7ll"
    "hSnbkoB1hJBRk53unYgYNRngCmq2AEUCKBJfDfoHpRyWbS9OXtydJqN/vpfDamRencMsR8"
    "/m4cw3alR9ay6+9Y5srbl9VLlL9Mxz80NyXS6rsYL7TgmvFECvoEZjIBix087RHVt69P+w"
    "Ru/zglFoossaa1tvWsL7k2HFgenWmK2gB6YbmG5tsDGOXmigAapBB5gmnYYV3AvgXmijew"
    "Gs37qVLrB+v3rr904l7o4iMdHTvTytCVZcQKpUzEmfIFX70+XhQ+TFFF/wBnOTMeh7n4oj"
    "xm90dok0S104npBJMHJtbPX8LqHUzGXWZsoGruvGU+K5Buh5anO/LTG9LzGZPRvehkkhCq"
    "9lvlJTW3fQ6Up9wda38yWmt7fOoHJeAyvngWnayZostaWcVJIXkZHq/ctkdJ+h+QcCyWWp"
    "zx30P8jQ7TZa/juAZVCwkcPSFAGeYfX3CNTXgtrvbICrBOzckyqvQMXEuuRyqbsCJHREL7"
    "kjegX2HXREl96rmlRLJ8AEOqI36HMPJauy0YeSVVlzDiWrTrI9vdARvXtZsM1E9Rh+RqjF"
    "Bn2lmwYv9JVuQGbscQIQD9jSzbivOn6mtyvsMDdMm66bNb80d2k8TwqtTOIs6QOZvu9/pW"
    "7QjLcZpid1YtMliXRBT5wiA4Drvlmuez51Um7oQKBzpep3ARkYpT9lmqQ/pQxS75UsYI9G"
    "BcEcbZU56k2dtDWaEOuQZl9Z/eQAMtAp96nsicXVqDaCE+w4BtZGlsZ1gZTuEzu/UwOyvS"
    "sVk12an3DBL0dvS4oRWhuqszCtFbLwHOuvbGSkIm/gFdVskOUSqvJg1cLaJfLWQQ/ZJlN8"
    "vHF0279cQ86bPhcyLaq945ScOm8mWugsX4GCyRgdXkrDCnsiPcQuoAPbATlDdZBJX5CDuR"
    "V8eLmdLyoCHcj2amvqihPTpaOrcTkIrxYOry5wgdaGESGA/hBqJgR4vjqNmn6n5L4oW4Eu"
    "vWtVqdEUrRIU6EmosIzdPNWemgZyXlV6u7Ya5Trcwp/VYSNxRQ5Fml0r12eDl0jyE2iZ+s"
    "n7XwTqbnjQwAuqbbpOD73pzpKqwVT5fFNttKAKiiZyMZY1LPTLaPR3Plvntej3QtRQM/sL"
    "EAp0Jg+jvKjzFwfzFjpyHfQSYp1jJJVfwuQYtnDDHFRlr93AWaIUtYIzBujMLgG28FeBe+"
    "DplMY+IQj4F8PfdK3CW1BaFmah/ESHjOVfeXLDMVOo8mgwF9kazEVKgyGmKKkvG97g+s4p"
    "h5XQ1cGvBX6tpvu1rvuT6/7N4PhuLYb+Tq+WPz25nFos8pnPpzUikQhtJCjLPU4WprDOdR"
    "Z4VZ9VVmUb0Y+755ey046sA8cC2lyzArHNLIJzPO5c+VmS7MXg/5aAOCoDakgeNYQFPZWF"
    "Za7EMdWM/J6o0IE1HBrms5Ir4cCBcAS+6T3YOSLv9FeFHI8sKTzpX+LrlJDqjOlcmot0pT"
    "rzJZb54EckAM5UAqS+WGALUxtB4GjITn+MSwGs4MBslutsgekuWsRzbwPyhyGPv6x5IRJ5"
    "9JOSMAPFZsCjPBcgEcYEofRKk0uvAFM0+6XrLlMUSoFAtYrOEOJ2hDYg3z/yvSq7EzaUAi"
    "m9FEh28Ghvrc4rX+zj5zE2wlbC+2J1AcW5ZZ/mLNz/XWWMre9qunNrPp8Iwmvhud6uyJrK"
    "rlIM8zlfUC0bDiBoN/h71NsRC2Mlu2UjNVGZzkVqymcTe02kZQDeSnQv2Fg+vvSroTsbDy"
    "MJkBNi3UP6+4scSH9/kYk0OyVEWjL9ICoE28Xe5TzDC6qrphHOrn2+lTio+HkzVVkRrpXU"
    "Pmf9LwRtgbNhDwUA9eKov+qqzGbiX17jNqKu9Xp2kvJZOPpaBlrv6s5t0D/kId78kM27+a"
    "Hlxapr1T+666BmNo+cazoi0SH3aVWcb9cWfXzBaxfz2kWWVKMKgQ01vFqbDibzzRjPTUtY"
    "CTV9UW+Xa0rfXq5Y/PoKfFS/n9hz07P/XvAGmmm3w2cVzlnu5LFAoIO5Y+UboOxNkADXv7"
    "yD0H538SGPSn7xIVsnZ+cSuWOY/lLbUZaqLVW6NynXQbzLX8pZeabZJMWsNNOvN1Evvnjt"
    "Nb2DlHcqKgPN+Q5wlbTL7gRmVHHDM2UnHUetf7DMlelPRbqxQXhypxq/Di5rWIT5a1HVq0"
    "uipHMto78E13eu80D5YTbZeHz9sfgWq4Qv9HeJwd3fYTWQbTLQJx+fbm+V8eDm6fpxOLqn"
    "g9IhFAtrLicVTMnDYHw9uH9URh8/sv6r1pzl1ZuLxZRcPf1TuVd+puPeXaKZu1GIQjdbZT"
    "Uld4O7q8FYeRgPrweXaIVXM2wpa0tQJD3PpF68y5ML+y47FfZdXj2/uY1zNUtdOJIRkJOb"
    "cf/j4yXismwieRNdpf/wMB792r8Nu+kq9HNsma+qMSXeOdZG1zsmbq07JXQodoDK40KNds"
    "ufUmdJdailaRRIt0mJQr5NsXybtlWs7xb6Fl5jka13ZZoGVkmWtR0IJWCfUamqcA+P1Gtl"
    "X41GtzEr7mqYAPX+iX23Tr/j+w69SHcysI58B5WZIGyeXZYyJdiZ5V6a14ipEn85AqdyJq"
    "oRCYAzlQFsYSyJZ1QEAE0VXvD0WZP5j+R224QkbLkSW65fUkmgtWf7kqMy9fuST/5r4RJu"
    "RVHrSDccndjn7H7/LanHN9bDbJhznqij6JrUtCTlYGpKnxpqo1qOXcD3HxPsHuWsJZ7+AK"
    "SdHDNqfReZ4YgYzG+T5xeK8lZZDc92ZyvdKRYgTcpCiZAmv0eBK7PARCdEYZ6bPM+ee1qx"
    "sGrL5U+mBGEHzbODAsEkG/1uEUximQ1rreCsxyVh1psy64LN1X96wTdUtuJSWhCyWwTOLf"
    "rLn82MqkvZ1aziUgBsdiNhKBRWRW3X0AyShVcgCQDvTXoL3vc00NKJb9eRodqFce6SVfHN"
    "EeqBlQpuznpgWbsFALwHYMEGmQPiiLIFCO9BOK2YHlDTjg5m6F5Q68DSdiFPvr8dsoWmUN"
    "YsxAtOOHhVFlxDOlaXcKolUSO6xnblbCTWYo70DSX5RuzvwPUb6+NustZZwSDIVukLSo/x"
    "w7xD1iVSkabbc0YY9NvFE94Z3sJzTMdKN+Mqb1goWthoJmR27gkkSFRZrrBlpN+OrHZww3"
    "fXIZvHDc8/W3JOl6hIl9630vxZW+1FCtekGGC735XF12IJNuooGKdl8Oa1UqPvrLhfr3AB"
    "l4BsLGG7o+gm39wMJ+GR0+m5abvLPAts3zx2WWhz7zfIHqn9M/n8ZFPbaGs7zc1XbNnolF"
    "Db6RJh+seGXdSjdhQ3mAK361kPvenOkh/zaO+IJ4CiN2o6YaQ7SLeZ/ZU22Oq7rbDCV+wd"
    "sl/cw6p8fS0WXmV1A/jsyVsXMbEOhZbq7qAGGlF10dMXVzJoGgoAnvs1TNCFStSFhNom+z"
    "geju3EG6WjqG7f2Ubpltd8U7mjCqP3I1O6ZfyCnbqlvlqbluPvU8rKE8mpYvZ9X7wvhcwF"
    "1foM/KzON2ihG/gbG3njoiVWNaYBOia6tlTNwMj7qT1kYdemQyx8TZDgLw6XTWuWld9NqF"
    "AGVWA4wqBMHlOZhEAAVEoqXinpYTxiVZIml8wuZfWR7CmZPI6uP18i2zHnL0Hdo0lQ8oid"
    "f3p4uB3yY7bLQqL86OhhcK+Mxjf8uLnGROF+HnZ9/3YwUT4N6bjjf1IZ1cC2stTp+B5X6/"
    "hdIrxJk0vD3oo0I9WX3bYzqb4Q/8l+F7ob/4E0jK7NelYaRsrGPY7JMORq/i/m7ERgLmxP"
    "5jEV/jRnUN61W5o1KH9fhfLHLF1ZIyoqA4m1eRJrMZmbmu93yYtyVKZzKJe/kJteAVYA9X"
    "yJ5y9Yk0T85PrT4Prz8P7nS8QHoKBPCT+mfOwPb1kVV35cWaj0PdX8c+FhXgD26f6eD2C5"
    "hHD5G6rdXCLNJHhKglEC+fHolv6tXPXZ1miZhsEo9lQDacYGttp6NPNarxERsF5Lt14d01"
    "ENxTLfZNquxIWgQmEytGi+yCIakQA405V1vbrXsqCm5ADadFVH/pGRRTYpBsAmgfVMbXlk"
    "U3IAbao+serMl4qt/x+BGZRdojgmVB+oF+/aAiu2LFNACd5h8gQCnbN3oFwTeIxj1xWPEy"
    "x0otvLQtOeEIXid80JDKTnOWJpF5jqtDTMdpNnG8oa1Vh1B8rClF0WJk9JjUgT9wTtX6I8"
    "hBeX3PaPb5lekquKhtjAK4AS3Ws6BFH1sXB/WWWGw7fLbm9EPLLY95NmRwQjZ8kIrCpB3g"
    "DIf/NYOhRrekGfuod04h1mzmMeYvwb98czCJBLNBPbjMK6QgS/YZuxWC1bUD+j8rtBWY1G"
    "JwNlx/zpxkMVFBl/aCgACSwiBwhxdGfjgZICdVfkNybWZBZFQXdI+S1zfcxk94+YWJfWcM"
    "1phfgLfQSZGGwoABHY0iOwf5ozOSNyK9ClV6Aq8/FPjxR5oN0YI1i2DOC81uN2XYlzD4/J"
    "ex1zR0yWou9ZTvu1fN9SK5f3+nuwxHz16qAUM9CeQXtuz7Yb57wIVvOuZpyeQI09OI/j2y"
    "6xBWeRzjrQUkcmRst2Cxm9OLge1OLS1eKACCO5q0TFoL+vxOYCZgiYIWCGZFeDUy3VMLBx"
    "o25ORLXgIqd7OyvB+RcqmrqRiDfMXFsn2LYRFfPqZlguueQlMPwCGvgLWxrf2GihP7t0X0"
    "VrbCEbe58I1Ubu2jBVjUUKVKKxcmzEL63xjS2MOVR6xykJZN5YWThDtR00N1cUHKyFBeRW"
    "2TU96KOwc8EzMjChtMdRExBjU5GCl7FfMniZCbldvJf2bnoiTBmRJdnQnb9YMgroVgJU0N"
    "JV0GBHKkLZjIsCm6vJbC7/WyTz3kVE4MUr/cWjn3c5W2QrALbIflvE154OtEUClXfsdrks"
    "43ZlyVojEa+SvlhQNZeieWi3pcDKCAfsEPLVtlxKI7fLiovhm8eYi89wnsKL3heEWVasCx"
    "I3sgg1kvS5VzzbeTORvbFZtXDWGUml2yW1yfDGpKYUb4zkkm9YfUSDTj29rV92W3fo1ZZu"
    "GN9q5htJ2XW13HVKTtmlXlGNHhebfH6iYivzFa8wXQVB0XCvUAc9Y2DtmdqO9JylU5twhp"
    "d0bYbGov/QZ9nmoG87+LYn++cLPtAghEBcXYG4yKzlDWtERDpItyq/6gJ7GyTg9S/vILTl"
    "V92kvxsbMuCGAp2LyH33/l2uhftux8p9l8KXOziUV9VwBazMXbt0UrJDqTa1dzhjH+Iic5"
    "CUhDkoOgdU9xSFpneBH4p0poRA3ZgznVYJNOncnICYFHiHyvcOAQ2m6gJ4X9YGvV8hz3dS"
    "FlzfTXZ9U8tZztO6FQBPqzCzIlj9sqnhAskOaUtVubKF0ebCrmyfvdGyNZzXlb19dff3Fo"
    "quxhIA7nbaveDVlU68r8P5zSI1O7zefiAnh7vbcokEd4nVT2Zu3ECceZEjnmMbOw7rWORx"
    "i0Lfss2ylrHlO6fVwHM9Z13LbUYv4s5pLy9aS3m6a7rvlCzNN0SB3yC2SvDcdfRXerGBVY"
    "t513nONbLpu/KtuVgggrFmV5F0/bW4qiujL7WwHrFfDVjSzDhJVxOeDH++H9woo48fL/lS"
    "pfsYXazJV+o4nmsL/+XqjEcT0CXzEgKScvVpq983+hWILHle3j7c9+R7vGYMAN6mYt4m3s"
    "YgAudfjkDzyp4MsXRnJqPE6qEGB+iAhZ85RGfQrrvNscnuv8VTYt2LRDszDaUtemI6co0X"
    "/evBXQqVXaGyq9h1ulWVC0x8Shjc5E12k1uYpTrJRAG3EhABLD0CCOVXK9QVDHOuRvrQ54"
    "Q2IQXBIZGFt930ZVeuSBQW797wULAqSwhh3EaGatk6zhvHSLzDsRjGmH5Dx8Prx5OMjRiC"
    "RCXVZs7cMADhPQiL9sgDCmCLPc6F0nU6FVauNE+n7zrLCbZt71lTocro6d6uUCXV5peK7V"
    "0pEao0zGedoFMVOeYLJvTKlW5szi55vFCdz1k5BH7GRnPVsjb8uK6h0yldfNr05KzHj1h4"
    "QZXXpT8IiwD6U0/vJC7wXMN9p2RKBup8GV7F0nFs9Mf2kj9YLtBswzODeJRURc8unVGsoa"
    "cHZobxOg4qsd+wRR+LVZKO3/JvrES1aWjYmpL4s6zpvzFhJavVZ5X9Ugu7Nma/D72pNovU"
    "GpiVrabjrQ11g7Uz+q9XKuoFUN+W9Dzyp/Mc3ZrPpuvwp8Gv2NpMCcWIxWf9athURnXQyr"
    "UdhOk1wTJgEV/0hzcuc7n88bcEtl6VC+98IMWebY3eTOuFh3ydKTHpFotO2XKng5+zmK+l"
    "O5tzurZ4OW48f7HZ79K9GaCvMp0v/kCsGob3e+ZsW7DOzlEfWeYb0m3kbVIa4oNT6aVqTw"
    "n+smYxLHRKTB/Hlc5BXNA70YvmKns83TDQDKNX1dB5khbJTJQ6JMKc7SsUKqMFPYXHjTFX"
    "UvS4SM/ujLScFvTpLgj2hxxYf8iE+kOqyyxd8qYUtluJDqJbQRvfhSgXYVddNl8CSrJJlG"
    "TbfpolPAVxIQiFJUFVNY0qIxlUHzGkEZHOBcTKz4iEaFg29N2Nhvn6fqF5T8pCLKzJsTDP"
    "KrGLpQZFJOt5v+s0ILo0y1szWf5tjkrCu9yGWS6SUpmU7JxqVH7bI6/gjVzkLyZTUcivfU"
    "z+LaauLYtoRALw3BdBdf2QUVMiT0f4nu8NPEUW1P7MOu99LgHSu3CgToIa2/eaVAn8lsVq"
    "Pqq64Vr4RBCjip3v7QpS8aiPsvAuzRmlYgNjDa1V234zLc2LHHmlt0/ZOmQP00NzQ8fEQb"
    "7j4sxLcVtbJtMdbJahRp/FK+sdxjEcdbE4Z2GzdISqhnuy6NRnvHZ4aIONZ3sxE9XCiJgo"
    "iO84pol4dTkvCuXFeIhJT2DD8PqbqmvVcs7O0aPOBmHyeG3Ol1Oy0g1DtzFdeJqNbJM/Hg"
    "t1uWv6ExzvdkGWH/InBdFH3NBfytI70eTvtzxCZjpL9OApYuwQC0PR/9UdnF2gLkCJz7Hv"
    "TYLydA3KRciO0kSnLq9yHJXpYDyhfJ9hW5yyLYY4+pnJqShHRSCQkOLJqrbDP97UCl6JmE"
    "K7atOlZDuDb82pYzPDnDM/BP1u64b0PIikYSbyz0TKcDyOSj7xSTgTr6SDSCtPXrJTMQ9I"
    "PUpQIyKXbp49PwdwcY5ZurVBbJyyvofZel5GdcvsDJ+sopY1JPgcx7tdSSqPu9YKRovjkh"
    "AtbnDgIaQNN+FbwZwOdwtV+JEIzu3+OrCrFJ/QdJyvAtQAqqIGEJ5bWLANPeIvWVlZoUQn"
    "TNBdG8zgH4+79/5wf7kd3f8cXJ78ICSKJRIGhGyH14gUsAkl2ITc5rQdvC5gqgZiYBsVs1"
    "L9NVuEMxOTBDZFc5SaNJsCmI/Zr107ddk8zMf6CQjdU8sOsg32kRVGBD+a9D/lUhWaNQml"
    "URXKM7Sulyoh2Oh7odsTgbmVuKK3y+iae9cqfiQ4b06nayF7aa5Z3JbFeleq9YKdtaGyFD"
    "52gJ9kgWx6zFmY1urSb1zGI8fe3HqBbv8BeuGV3oVI187OBEmdNd4Y7Mhm2ZHBPMn4baMy"
    "nXPelp9/JhuQrz8Y39r0HboFK5JBh4hIJ/wgidV7kSc7lV6VvX4vUhmqDLIsf9NuoDvmc6"
    "qhPKOX5K/wDHoptBNynds8KkH7Dc+WpvkiD3dKsHN4V7KTzFQbK64l1YMyKtM5lCtZ1ay2"
    "kCJfViAh1jmsy9fsmF0k9KbsAHkr0jmAy9fvdJva0KxLiWTYJSZXY+AlMFtaG3dZu/ZSKR"
    "bqSooC7DKwG4Yydy3bFLgEs0O6CbFCG0qLQixVhHUZhIWiIDFBCHVBqAtCXQ0LdQFZr2Oz"
    "XgJZL9qjXNWo6uo42DqwcuoNHemWD9TCpZAVi4t/JH2Hv+JFfQ6D68EfbMTG6ixi7szQvQ"
    "LVh8JlmZo7dx62A3YXM2pAsO6EorwvKcjoQBM2TleRspf6eoWJozDIDkVr4g/GUOsqYCt1"
    "vQ5SYw5A6sW98wbqKk5rk24y+sErirX3e2BDQSnxnPyTiA4h4J7ENYz9vJOkbrOfe9JHbC"
    "vx6gp4qZ68fIG5cDA5R3xCLxGrU021Nc4RMdeYIO8WHvPD57r0kP3inv0NBVvUJT8b/HWS"
    "mIG67jsl7DZVEFCgtgE7V0dtg+ZXoPb6mrY2mPHiSrb5CQWguY/ApRvYTFm47udXKZkIQ6"
    "woHSuSa0F8SMvhjq9clX5cV2tHpvhGVKQzaTelAYotSxTXyd4AQoHOvfY/vnuX472nV2W+"
    "+Pxcshm56rgZ9XgGxF2luPTxz1goXSPaTI2VRPxk9DC4v+QK8JSMBw+3/X8O73++9LvQ0C"
    "lgRyej218HN+ygbRqvXiD2+KqF94hKyJzPuaskxWBnSe4sQQeiQpWPY6IQwWxOUCMdywpe"
    "50LzHBOFeW7yPEOkOnvrbGfMEiLVX+OsZ0WqE0x/ptjI+VziQtC4epdOJNu2Oi0I3gFBX/"
    "Bo7FEI8C6XuEi6Qygfo4phakdJz4h0ufZ0snPLNpW8Kebx/XR/QfzY+i0BaMnge8NWfV6U"
    "RW/9fqwj+3EJSHe7nXj62yXdTLzK8Hac8yWIcKdIYfuD3AJSWq44d7wwgWojij+2WafiUz"
    "+rj/V2ZvTusx6vu88pSX6fY0T10fmS9z72Wgb4o/V4ZX125NpSNQOLAt213HhK/IILDprh"
    "OQX5HD1F6jNsxdIFGrwmCLqGV2vTwWS+QS+Yt0DwnjPoBy7sGRArCRCbGLYcoXtAY9SH3o"
    "4IezNqQRxbk6vYF55+OwqgHRPuIOzlR4d3xYgyTJUjxIW6sK7lkRaIdi7wWX5/PvzKNGrZ"
    "JgJRqc7E02oukKk7WAR7dvX1UOCg6uvNNE1EMFZSfN0xHdVQFqI6HbsWfEwMXE1F1zxwWK"
    "qt2UHNXP0VW0Lufebajgt1Zjsvz1dtutZchOgOrW8r0rmFW74OAvHqbOjbGbmEePXXOOsQ"
    "rz7eRyrbD5SJ6g7vT5tV2qragkNctPK4qBnEbQ4EOG9RgIYt4LywRl/cZgXo0lUGRFE6YS"
    "2CHKG6RDWEPHE6L5zFenKzWwalyVn5vEv0xtJFeWcrNF+aNuaNuKNRMXRqYJWepAvo2bQ2"
    "PaSzRtkOncSZ62Cb/r2iONg9QZiulvtOiaM7BvbjfIH0NzZiniKvSffnJ6Rr9jaOtw30sS"
    "Y3yHSduZmK7nkP3QtakJ9dssRXir29pL8Pqc+sM7ing9nCO+t0/VIFhgX9mFOKCdEHcN70"
    "+Y5+4f5d+cT6G+NBAb+vJdpXXW+woPZF0XSYusuPrzHR/KoKMgkxD4P7G54C48tPycPT1e"
    "1w8ollwPjrHmtT8rE/vGWHvATz5Dt/nHBJsEVIBgATYh2MTJXvpOBbrQzIoUDnPECVFHX2"
    "vmlS8ZBQov52tCf/tXDJnMGIZq5u0G+cfc7u999VzUDdcZKtuiEzJXGpZkwLu21npiUMcj"
    "NFqyjtIyLbub2pAs4HL58g9RpEROAdKP0d4DFBRbaQS1yqc+u+AmYIxGorrTcABTLKrpUT"
    "2GqF6nDHZSHBuTkxpHToEALG2S9VO0OHEDD+GmcdAsZH/Fp6/nY5XONCgOv+qHEkrHFgUP"
    "NhO1LLIM4b14yvrv3hYojIVxKRP1LsOCy3LgoZR2ux54kUx2rA7w8UP0S6TqNYLWAvndHG"
    "dJbpCkJv9P+rxEnmT4ZRVRbl9VItz9HgFVsbxKu5Ip4wkYwZ1XTbKZm5q7WN6G/WLaoF0V"
    "H/hlSvZPLcXK3dII77l6uyiPKGlUr2CipTbYjfw8Jz09Ls4KHYveYmvQ/WzvmV3qj0MYzN"
    "lDxb5ptNf4ZJRZFpsLxQ7170T0KfyEJM9M3SHTo4PfLGjpAdoeHIe+7XMoVU0AbR+3eEkG"
    "suBty0XblsnS3yBsst64RgZ3xHNaevbLc6OfjjcoD+QejLVWiOCwHNVZDe0r66twWZPqPP"
    "l8h8mZI042c8eBwHdXAdyyuDezPo31wi1gQjqbcdh+sD8YKSFz5jQCrSUa64VOdCXZWkJR"
    "L8xVH8xVjAfSsQh/hMc1y2aU89JhRSt5CrPiEK89zkefaVqyLhVoi1tmSOIeqW/eWEqBtE"
    "3SCnECIY3hSMMX34uW7oPEVt7AqT39IX9fJENKyYWM6oxohgtFZtmyViMc99fBD0pznzk9"
    "G4O3+1Vi2s9SJHLCrgxA+5hoaI6ZynQhkV36vkfotfi/+/yuQwq5hWEJcEraApWkEeBtZC"
    "J0UJlglR0Pmbo/yl55n+0udnUSb+jmy3rUiNPrEZ9pZTDTlvVXRKtZX5Es9fsGSINCYGft"
    "10QMOcM0XgixyucSmAVVhhpsiKTQsCuBngyi7apBgAK6w4KRMz2woAmGn+iaPqhlQqZESk"
    "GamQrc/STrmTjuPtiPWcETg6kj1p9vs4Yv1d8jI3H5eYWgIqsVU+z6rBatrMzC/MDxEMyJ"
    "0S8U4V9iViBEQH05Wx8SiU/PA3aPJp+PAwuFE+jUafJ0jnhMuUt6OWu05JMNQ3dvRuPZ9y"
    "iRwzUTZorlqWji30/7PL5y+s8A5xVzNsnbH7sXnHRDv38bbPwyc9n5JEjJU5a+hTqsjChr"
    "pBK/p/jvqCPdeO+YZO6WyYvC6RgVUb06t1AwekUp01JUELQ39eOmf5aJ3B1BMzxe38PcIx"
    "SUaC/wXEz0YSP6E9RQ6TsoJSBZHXSALwhFgHoa6gZrG31crAHBHpIMTlO0iCb5jkak6IdR"
    "DqevvadIsDmuZ+3ozuB5dIMwkGzmfnLVhgIn5dkQzg+NbF8QUuYPffJqi7kv2GdTfqDwzQ"
    "rs06MECPHOmDRh1Aqm0bqRYadXSnUcfkxb1T12vvN6ZDd9uzvVyBuxdXWXkCeZnJrsV7U7"
    "BgrNeNXt2GsVzCSoYkGkt4nSwEvONDRspRbeSE4hg7tm0zXEIpkq8lHFUZDzk5GymE8/SL"
    "zio6Ar5ika9YtxUWh34VNEO4Mk0DqyRjSUflEkjPqGBVUAfLvV7b/mo0uo1p+lfDRBT1/u"
    "nuajA+/Y5DTy/SnVhwFazu7tpfeaxusL8qYgdDTaqD8QTj65jGF9NKD4d34o3SUUy3L22T"
    "MkQnLMdgxJmCJyK7K3K6l8fwMrfX5koGZcw91uLPKw7JRnnGjKV4SuHqIcP0miueUYtJdd"
    "DKfMVedUn1VdX5gggrRPYiPMa0SVbVnaaED3fu4csYS+cUI2Oj+ON7tEnvboz7GOFMnqNH"
    "npTKyIyO+//au9bmtnEs+1dQ/tJ2rdqVV6fTntmtUstKRx3F9spOeqZaUxxKhCJOKFLDhx"
    "1t7f73BcCH+BZAkRQJ36matC3ygvIBCOAenHuvbTr0G1KZomv5msUny/7WRKQpaA7pNUg2"
    "2Y+FPXF0HrykYqCmrABZcOiEoJbLoetKrAZdNu8sQ1/uCvcdwWWufYcfK7mlFjpvoMYHsi"
    "PYeMs13QVYnh1b6v09gorCRNg02MDBhnFJM2GzP8XPhh3sk3+gmazZsKNZrOlG40l31+TH"
    "YF+c2Iu08tS5SRNa2zr5i2nmCr+cM9nX3H/8fBntdchbTK/7DWOWo9unw6I70ArjIMd28K"
    "X4SWogoU+ZDGOt2lhZbEX2HjGT9tbIly/I/zoNcgxUdYXdnbLwVqu8o8ZiZNN2IIIt3Nmx"
    "KSmLbXE0Z9byqKDObh7rNhq9CcIqmfeBIKx6PsR+xyYv4PVbXiZ6zet3bPD2m9afEi/OV7"
    "LlONf7i4My19ogt/kBz5z+9ND0kwewuHyWT4D4othxyGUavG+hheV9XbvofOHtyF3EOWV8"
    "+sUgUEU9rXXiFtu0wpTjom94N0Ar29oEn8+wpjtoaaj6Jqu5avfRuf5v8Dh6nT2E/hA0qJ"
    "AGc5II0KL3+9shcUA3SfyoM3lVXJGBhNqtdzxVx98VFx1/l6k5Hn9FBEBOmVWCumMrTipy"
    "99U7ntDdV++KY3fptRTNT6cwQVFi3KaeEX3aSSWB8hue8fymeDy/yYxnsVpQxxSB6txM8a"
    "zPpFodw/2kIng0hnRPJOYzxyzgNepIdJfsmAZ7fUFyJ2EEuB5meGIu1ZEUBHV57/et9Qxm"
    "bi4iMcIO0zuhA1ofuJOgRUkBjq013YtI7CuohSGJHeDQwjmjgEWLTSkHeLTg1eRj0oohhq"
    "Ij3dJZuLpr5ESdlaSCCw0kJIeeXxK4zFA+c5ZrrHkGDnueOwvc/ejD+PrzdHx9haI25uZ0"
    "8mV8hegMMjfHN9f0KiZP70guOFY4x6lacceRVyvQE4c8RxuQ9cjJeKvSxTEz+QgYmfq3Q3"
    "WzOkbIy9TLbNWo9hpDD/eih/tFl4N0rx6+fGvrS6wQ59O2HlWj6k4520p3M4ye0Ws34zHb"
    "DM/NbPbk4d3d7PYLver/QXQfPRv/Ph490M9s/C9W1rMbO2gfeA0v9WrTc549TNNdnqb9Hv"
    "NHIfmP6uTx2yUpgvLNu/u6VuQSGkkIHC50i53YyU3GDtS5EJzbHrLJSV508BZYwxDOO9Y1"
    "DNGz8oQNDF+eQ10KWA3nYp8dqY/FEgMrcS42I5uQ2WT0cJY7/9ZxoBtrSlJ0U+sOB777TU"
    "B7Y7dj8y0vuJn9UkGm2bJFDkA+AHLBui6c1Ddd8TcL/K+B3fuPM2xEE0OxFkQ2wUJGM1MD"
    "RnLqZf6vJT0Gg61ckxEiy6fLUKJu5UtbRjM2W6t9kNEl+qdjGdo/kWUaO/SVZfJy1zYNOm"
    "LZM7565M/HGvp8R0kIahqVWiWPcVy0Vd11mpJq7klz85w2gv4D/dvdob/+J/0PgcJVVIfM"
    "JoPwWchxdcNA1habF37qESqEWKgO/pHe5z8LqV/JCCAN04wjdNNCvjxXlBRkCTm1emVlqM"
    "5a8ReSFc7ZOZZFmeUYy+T+tBJ1Fu8Ky7KrdELMTJq0Ii1jn5j8BKaZjJ1M478+UsUyhPiU"
    "4HZpBnN9NCC2FRZbqhj6Rs85KiqmALOWAG8m3MywHJwXaV1WQWBv1GL5gOiT3tYPoDOnjW"
    "nW2zzESyfcuBkMYghMaglXyOR7NJ4Q6HWyQC/Iz185kc/+MAAo1I4Sg3fqjmben3m5cVqx"
    "q4MyOnDr36fYHmeU1tkQLVTXT+TreNutoWMbBa046HzuvcHau7n3dvEak39f/fwL/fnVy4"
    "srtLWtLd030jxFlonRSjfpm4c8B9sD0oSuoac1NpFqWpQ5C3VsTk7eo5N8BYhC6xaPR3pc"
    "oeq+LLRUPVjgE8ZsyhSD/Z2E8rCknHhqa+darmqIM28JM5n2eC2Tb/0L8QuExmdi3XCWFS"
    "rfDSfXV2yunZuj4c1oPGXhf0v6lxphCKFw2iiurFElSaPSoslQRF1BnZwyBWFyl4XJED9S"
    "/IrJGz8SvaKistKsIShKi3OYgeK8eRIJBHqNCvRiLzzgeyjPdmZyPEKWp5uPlr7Mq4ohwi"
    "rdB/TAxG9NHuybpZY8e7lWneJc2skbBqUEU3CrSE7tYnSAg+kYB0P3WPlubAEBExpIl1T3"
    "NY8P+rrYB32d8UH7RxJotrpyRSmC69nw/cMVYrZz8/7zr58mDyxo2fEWG1pyVuONbibW4x"
    "vSlINN0tLo9ub9ZPaJkQuWudLtDb3jbjh7mAyn078rs/FoPGFtblXb1VXDoOfsS6wHrYdX"
    "95+Nprf3rDmmf6iPvnjFk4/5VXE+5leZfMwmdsXJvZiRNBqDlnm9R7UC7jEjwL0a7v2is+"
    "XCPpiRbcW2xLICZgzli+evfWIPs5U4Cq0Fodt5SrL7DVnLDlBY6RZarH3Z7OB//ernt9Fw"
    "p7+UDfD7T2QnkB3RppV3qlg8kMP75Ru/TeSjqJwFBPJ/VMIbf9+y3bHwYXnG8MgT825SK5"
    "wH5nBQVDyG5T0oilzQKokiU7ZwENzlg+CVbjuucsSxf24D0Odd7vPqGegg91x/epmygVWm"
    "770Z9G+X+zcid6vszVK20NOd7mnGu1fp5rgh9HGX+9jbahX9rKQl+Fkd7vZMfiFQjDUox6"
    "uaQxOyZ3KAm3L7RDEuMgeoIddui4HegUxOMNo7aQXIcoR8B5BlURaPS4411TOQuYOTkwMM"
    "0sHWjC+kg+2Y2hwSwXLDy5sCtnSvBigfQLloe3qEsN/QzWNV/Qn5+ZS0J9EcnZJKLDFp+k"
    "i4Zn4rsoJ0qkiR3oDVWqgIexUPhYuE7ytvyIgSTRj1xo38ebZlgQiQkPfUQST/dnMW4rJ0"
    "eOBtFvjx5O9yq2Y2ztrKBHHbenT1u0JBUhZbgaGdsmpRk/v6RV9yPfrZMP2IHLFZI2Emjd"
    "i/ZmD3ZSKFgN2bAbCZDMaWYOkyCwhVyEl6IoJ6mxPNK8yJZMLDe4YxLzsSvamQi7QzuUgD"
    "ykSpgWYKeBPZCKYW6ADyve6x6/pfr4gOiN004KADyH207gS9nzNT6WhN/uwfn2jNnn0baG"
    "sZ+nI3YPk/besJbbGNvuEdOncwRhQFbGqX+/sv/fsvsllI62/+iOwW5BHZwV4cShXcLl0S"
    "hrdvOOKn3r4pDJ+il8rJikfV8HKiqH6/v70piu4ODNKKNH3pov9Fhu70cRtSAjOFgrYcyc"
    "5CeM8/Df+WRn40vf2VgRPTk9EGfk0zGyALfCaywMzmtHjVb3IlCw9Nctav2HkKB4kdP8Ph"
    "K7NH2tIfsb2LMo9ExebUcKUJa9udU8DJDa6FHNdafkOqyX6hVesMrH0lt7CE1k82jUQzc1"
    "axNh5Ywr4vDZ2lH8crIOFPSsKH+2axdE5JK+m2E/XndIqNdwGYk1aVYO6YAKGZbVusJAXB"
    "J1jOUw5gWWGrmFWLla3C8d3bwlaQbQqyTT0n3CE/TLP5YfxNqJIn4y3OVpIye9bVPSBZSf"
    "EA7qe3zJOsBA4a6zxojOYT0ZCurCEEc8G5Y/PnjvkRG7HRWAPCcqvds2/uaXXucABZlbYt"
    "UiKnEOWnb5tSIQPneVrhsaIul3grLnmLm0njRoOWsOvAQu7UkhqA7zi4CHJXSRXAd2kuAg"
    "T1HaHcWMFfMT8sbgIeWK4umW5qhDmDmJFMA7pe4oDsGMVJg8gIcAXld9sMjL1XtRxJEsgX"
    "bzzIIwqit/Ww+juYNeumuCQjBtIoJ9caDq4LRPY1iOwzu64aIP01bKdfOy5eTOM7TeHQhS"
    "bZsChHVA4VFs8fVcyDhSmYgPqSi/pakq4W4Q/C+0HilyINshI/9l8BaMP722NkWgO3EU6G"
    "PNElk5AiinPaTjoGrH4VZQjZlgBVCevIUDqw65838EbVDRGQIwPpwG1k3lA1zcZOQT3dfI"
    "RjJtJh3Ih2b6vuNlSp7mJ74yiausuBu5hbzDVuj7t53ZdTIN1RyOSqP4rK2xN2IHDnF7iD"
    "nrJ4bMulpxSIPowFm1Ayrs6clj0cB4Vqn8TyYFuatzw2n2XIXNz5rckEVhtkUJjhsoQTii"
    "XBPEwNKfEEnIcjXIcoNPzBQYEpOp97b1a/LObeT/iXN+Tfn968Jf++1l7OvZ9/efvuIgpI"
    "pWkV7m4HaEMpNxyFnt7dksbYWbvjR6SSz/7tqaaruzr5KJ75KxH9esovMzfpRdNy0Q674c"
    "M1dJ6XJELdUdSdknDaeGb5oC0alQlBtadk2WIdIeB1JK0kpIXq951DyERLHKftnnXUkOaJ"
    "Axi3aR68NucGMewK1N7FaWEiA0gLc0RamP5EHkunyOtP8LF00LuWqxri4CfMAP7K8OPvWy"
    "ZRF++BtCV0QuVOcFzV9QrI/LHpbTLKlKQ0MLJuantdw1bl7NPwYfRhfH0VOphz88N4Sn5d"
    "kz9tbt4NJ+TnraqTn0fDm9F4OqX3LukfbBhZZ5fv4IXr3KXk2CW9M19bpB0/7EBof5S2a3"
    "+bdPbXlWcuaV+ghacbLnH5L+nz/qup85m2N082NrAf4iYeTZK2hOMxnuMxOEcoRl+ucwQo"
    "btxWFEtwaGx7gnVhs4YALxQvaDo0iK2bVXKKpA1hsEIZYyhj3AWys4EyxpANp7FsONE8Wg"
    "PCsmfDSa85HCV2Y7uqOoaw39rM46nC3VOYs/tQqMNdJ768dbhPG6EVaplKRDkxuROHKCcu"
    "teIR5dx//IzUSA2DHGwYDvIc8oWxi2gqC1/Rgs7x96XhabTUyZfhw8UAkUlCQ5R0YFqXjW"
    "7qG28TZIsPVC+7bNr5Nh54UCcDpV9PLZCpmFoFsqrUc4hCXyWW8VxUqp81bK8Xfu70WI9N"
    "37oZVLAWK3CcsWuxDmxPoNUdsr7hFbbtvPxih2IgEqYthkFEn/Q2DgJSsABh1V1kgbBqgb"
    "CC6qbtVzdt0gEdGtjOdTv9C4MyZ9PaOopKbxMobsbuvyKeHwFM05m64vwb6Tr0H7RM5gUi"
    "EDq0AJmLNhYLsSAuoIrILnNAXETTpTEWKrLJAo/ctW15X9csvIIMrdUKWZ67sL7n1zhr6b"
    "m5Pid9zpk/cvxHK0H9TdJ8xgH9k31KPmNW/xDyR8t8Jslc0lY8pWLHNexSXsVMeD9Ec/AU"
    "SUu/J7woZwwlhPuXtxxw/5KWu+zhppdScR9qDsglIR9qHrTPK1SGLgQiAzO8X8LxWP/rb1"
    "hLFgEs5hWlrEAfkZuZVt/SSpJCStykFehwE1xKHTrcDXYcsjnP9skD/l7EEe5NpJhSytSe"
    "4789lEMeiT2ntze/hben+yFTwU9f6SXTTGn8WNZYotmm5SMIkEQXd4hckmiB1CpNEh4004"
    "i3pZKSHNJjf3FQRnws2G1UstF8XtQ/abCSHQx0oAO6SQd0PRotZ1dFBq9JgRXrl7PZ55ub"
    "yc1vVyiwn5u3H6+Q9W1uvh9OWADaStUrRp/xJP0rTvmXSfin6aqBlznrSrGfFjORYl+Viu"
    "7joQ5eFlMHLzPUwUoX84PD+6ULF/vpxQsObMldheCya6njQf1/sLLYubl1BEvm9qSdNFW0"
    "2o6yZymXBBiIvYE0kNdHPVhPjsISEIgN5aSdNLi27WRZniDps7foBuFDHysP4aM7fkS/UJ"
    "ckrbrRLVLxcNi2rRyFSDELFxlIsJ1pm4HTPNsn0DYiS2zKSpr1oD5F2Z4ryKBaTqclLSWk"
    "03pCn4WYlKYUWOmm7qwr9XPKtIaO7hiP3fd+7ghPOlJNTWeH+Tk86f7ioIwnXdvKMryzAa"
    "b0T4Z3QGKxUiMKG3MQ1HPSoB4ogNRgSR7hUjwnKMHTGrzN1DCJTSSiOO/NJES7/sFM9px5"
    "ugfuU5O2FRB0qTN0HHY+96HJ8O5uOqFnI4H93LwfzcZj/yCF3Imxf5RC5tbx7Mtk/McVIl"
    "2A7UcdP83N2/fvx7MrZK1W2J6bHyYz2tJat2k7s/Hv49ED/cDG/2K5JascvNSf9s+xPHsp"
    "NE/tLSTwphuvMWjlpekuZirC+yWAtm2iAm+2hrXDWEyNmLKSSB9UG1UByp9iqOVS/sR73d"
    "tqFXs9aQm93pVezyEysoWffD9dNJdg3AjCXA+HucbokCNjMX+3Fnf7xnqGMnfqpcQAEw7L"
    "jJefCTbrR1Y2m4TtSAR6Yh5gPsyRIN3SNmQCqFEWF9uBWD2fx41dHhxicvf3Nq96Bca2Tc"
    "a2OJr1MA3Th8jWs9GHyfR6NJyNr9ByrRvaUrXx3PxEdkazm8nD3xX/0oZ8UdvU3Z3iX/8w"
    "Hk4fPtB6C6pBHHm+rmpYcUn6Y5GXx6KEXo8sJPD+m2YkdcfxiI+RVw6hpIpc3OjIuNiOOf"
    "1iYbH4+1YnToMgfEmr51xFDiiR4he/n84xUCLPsdd5KBGoCtIgt3w60r5zb1CzjFMIWQ2U"
    "0zjWVM9A5iWcUgPscGI1yPPdYp7vZHqAZW7UlQBPFeNWblh7Eg3stjirALhy5mqPLi9/pc"
    "Q6mC9tHfNRdsi3u4qlicNoi20Ua3tAE8Rhh9YvROevXyDLRj/TPHLOBctXHjRE92ToXEU2"
    "GQ9PWdFGG8+cm7EW0FfsOkgn/7eezOCRzsUlelhj5A9GZFtPSHdY2ruvHunkv7Af/dx37O"
    "JStW0d+3f8gUfWBgVpSooz4y2T/GP0V0RppWO+IYg6T0kRZruGNyoyYwj7qvyiwj2gTjrM"
    "PZ0ua1jXcIO0Yc8iXBHShkHasA70AaQN69hL0VPOlKuScsyFEyNNM4aw0h8m91Le2ZH0U0"
    "pr0jOouWmozEjLZ/lOFNRpebaTz6f4VwaHSBR2G+h/5HLul6Svs7CW5VnXatxEnhbahiN1"
    "XN0VS5EWGUixQ0/HmfGk+CN3lUSaZdP8xb5ZBudiXyhlJoE26nQpXHTTy01Sx5HHZW/a3o"
    "7sbV+yuWxVx1GcJdlpCWCbNAJU86oHkm2L/pgD6qHSgXu7FusGhsthb8sGgrNePLblctYF"
    "ctfEYsWx4xDYjjxuf6CgEqjv/dZ6OBZOctgeqW5yfMK4IqfUKwx1LeAXyuUXRnol0xJxYV"
    "Jm4CUe9BIhZVKTKZMsR8/3Dkuy+cRsAGS+VD59q4Cw38wL5fIZPUy+jK+Qbz03p+P3D1fI"
    "wCu2epy45EHL2cG6dhQpdXKww2CfbkWsfz4hfgZxRXImlGJGL2Yiw2hum85jGcUE9Wdxm2"
    "etPiPGzOlRWBplEQizls85gjRCA+dFpHOgiHOj0Z8VhnQvIvgex0yeM3JRsmJBdUnKTCJZ"
    "F2R7Aw4YQpuh14VCm0GK39Qs6jnYFkM1ZlHLstR7vrtE7xiOwCy8wmLHaaypno1ZXqVj6n"
    "09In1eOrNY9UNAOTWmqWicGhIN3mF7ZdkbOoZnWOaEgyGPfyxeQTMzvLRsTVawyBXTOT5B"
    "471LZsuHoC2JsdLD+snHixbkG1dZzUJyF5PF7dbEDxb5h3OFrZjN4qT7F96lNbZp48licZ"
    "QAZJ9zNkcBkkhIWyoBSabABQ1Ir/bEA1RS2n65xppnVKspmLKV0I3vr9ueZWu2hipWsyUy"
    "kEA930KkQjRHstldKJo+xxRC6suPQCuE1JNL9PvnvgGHRSx76xZfhy02tWAbKqJiuRvfXL"
    "PqU4H93Lwb3t/TOlI0fIAmB3o/nEzp7ytVN7IJik6gbVlhrNEtT7Z7iiUBcRsJ5qi2JQFw"
    "aFM81PtJ38OhzXPsdZ5Dm1OefXeumxs6/IZcvy0krYiXpj7yFCdR5rpnY5g7YUXqBYaktJ"
    "1KSttk7FesyFcO95csAVZK/v3LWihBMS2g/+Si/yB/BcQm9R1k2yoawhykjtX90Xx2/+H2"
    "7o7WCHfW1nZLq4SPpuPZxytEwLG/zc37h9vZWPk0vBn+xu6iB7SKvyyQe+8+U+Tu6ZWtZy"
    "/XqkM/fT+5Gd6MxuQb6iZFZm5++G9leP1pcnOF1v8mjsVGN+fmdPJlTL7WdEqtDf0RKw42"
    "DH9JFw7YecETr/OiOFznRbrj18RbW1qemePIFi4MCZv2vJmXnV4fINvOybm4HgZYWltsih"
    "LTt3djMsFQSzqJ3TJKemlYTicoaOBDi3HvJzMGfOhz7HUuPhQ4u+Z2ERAhAJL2DtJ1fJJ2"
    "4EJPXqArIq2PjReQkOBvNF3Y7WrFSNkMW+xfGBwgiq1VKC8HirhXS8yghCLeWKa7NnaKox"
    "qqvVNWOGe1KSuMkW8v0+recnEMlklCMANA3OZZZ/LoIc9SmwZwOBqN7x4o5aIul3jrUh3g"
    "9Xg0ndzQzzS8NHSzE0QM+Sq6VsklT1rW4JJ3czfWQw88S7wA3Vb8dvWTeOEq8gNCNBCi9Q"
    "VcEKKBEK0X4HZaiJZNR5DDMOTmLChlG7Z7CyWWNuFwxe8hYj7pDw7yzZC1YmW3w8TWA/Sk"
    "u2tW6Jo4rdhhVbaX1majs9zzaKV/9ciCSM3cNavbTVpDKiuNvUNP2MboaR2cjcarfrf03L"
    "lJWwge8UQuP9m662ITndPuJM7AJXlZVqvLGH4XxTW8cSxLPLHQLQ1KdZ+Ujwk6IQNsiaIs"
    "suiyzKminqwMzND1/LnQ9fw57XpatpabIaNw2O4N2tuS9qUUD5vFxBnDhJk0qLZdQjdaN8"
    "Q7IGsLvVCtFyg6ymIrMJ/ELKQBvb4JRbBY2gnqpHV+Z5GcIjBtOwNosdIzbgMyTwi5rnF0"
    "y8t5RhWThByilBVMYXnrK46ypoissUkrYDsPsp1xFuBIJi5edq5no5eXjku9uYepznBAAt"
    "F5ANnUm9stmjOZRTSP48zkGS0nOIPblbVOY7p2fOxm+BAUWF0xjtG2ntAW22gbXSV/E1Jd"
    "dpFFjP2FEY80NIN9tlYdZFoIm5qjWOZlhsxs7jEgAOsY4QhBrM0HsTKBllNF1eWArIusuP"
    "78IQJezOQ5F8UhXpcj9m7vLSQgAFooKgg+fzH68vr8oMVp0O0HQgVC9/qALDAqp2JUIDJS"
    "BF6IjHy24rxkOZcc0ipT76WUs/KTDyVKzUAsYK/WrEEJFYRXK7x0aR4oQV87ZfesuQrwuM"
    "HjBo97AB5391cC8LibR3ZlWxulmtudZwoY52BMZo1qCGcNAV/gNk7MbSReeyA4eDDOmyk5"
    "WI7Y6w848+CcnS+BS3o+XFKq3m0OmZStiFvKJoVleBWb3c8Z33kbi6lEuq8zcjCLZ7lC2L"
    "Qtw8AaOldpUKRGfqJ/xcWA6pJMFH1o2ci03HhIJo0lYCGZfiW4rCSqxefmhmoGz6LXoxUY"
    "YjVPyZeFvZqF9lfLMrBq5sMbN0uBvCB2vZ3ecuOobm+nCYLh10k6juLzp1/Hs/OXjFkgN+"
    "n+ZHfq6KCOQVy3y+QXihQcuHsjGLbcw5ZM90IlWML7gQvm4YIhvXcx+v3kgkOMytJ7A13Z"
    "WAiuv8kUAzZpBLgeptBie/kjHeLQ5brft9gzqHmd4+QoO8yjAU0pgi4XTXla3iEc4iXEQ+"
    "wt4GMegkEFSha5PPMgdEZ8V5gwlHBT2N9NYFYRwEJ8xLs4ZgYd3OkOZn9WXth0SQHTvYl0"
    "DnT9YYlLdasudTfnYKYkU+/eBIi14iS9IE6ThZDgEqdZnu2I5ryO24DTDAmvIRSsv8iWcD"
    "3+e14DCzGKGuoZwNzyh/iMyKEsAfGOCLqg3Om0ciceQRKpYVKHswLF8bJSHEmGdbMV8rbY"
    "HBk6Zk/LlsnbXx2UEYw0/ZGyZDdy56zfqrZL+geRVg3df1Ev0T0m48p1kGpjZKumZm3Qq5"
    "/e/rjQXeSj5yBnbT1RLdIS/4X8a+yoqEi30f2H4Y/kVqQ76BveuuhcpbmY1mcp6Ft78Ny0"
    "Voj8qH9d/0hgsa3tDjnsIcjEWGNZohzDekIfr99fXKLhyqVfCdmWy74Rk0ptaXowy3NCQ8"
    "fVDQORffmatEi/OnaQR34y5uY/w3sV/14Ff9/qZLtPnKt/onPa2FfSIRj5udPJA2f40fqG"
    "tSv6PVzyk0n/AN1xPKwxcRZ+xPZuf8XGK8/BGiS06iD36794udvaYt4oYVQPc3RakBPM0Z"
    "sXHMzRmxeFzBG9lFK1qBsxVUtwv4TZwl6+4EGX3FUIL7uWEbtt8+rj/n5/e1Modwss0tSR"
    "vnTR/yJDdxpzzs7+uvLMJZuoF55uuLrpXNLn/VdTxGgJ4BShBGuUSeyczuE8SNJBtIF0Ym"
    "eWtt3QN7pL69IoGz3H5yjP+Z4xbs91fvuiNwng/cU63KnwTi4pMwnnmPqp//QGSRTzIns4"
    "dRGGfr83FT0yKG8J6qN2+XCzh6WKVZbkQ/C1OxuOHiZfxrQqMbWem7Pxl9uPtCSx7ftcaZ"
    "+Ua8/1lmfLle7e2I7rbfqlDL5MhZcwaQkvXZdfOjidLX7B5D2dhSAB2XqdJ0gATo9bPOOE"
    "k6JTnBQxPvrIgyJ6qPFA2+nh7FV4RpTYaHuLqPEjsfoDL9aW9e0+1qJMqDV9suYPs4KDtW"
    "gMHjhX2495jmM1k3gdS+w40ckNO9BxLaQin/FH58F/yWup0WMk0hA9GzLdiyv/WEt3nfih"
    "FsuAqWWzAzT7qMNnTH+exZz/fwidOJXVCpXs0KmV+qDFR1NsaAhTbUkr6Q6nGqi2AocnXT"
    "o8qc5v1s5ndnQp7qG7lfWyY3Rean0pyykRs6qWVKJSl0af9DatBDBZxctLPzkNrjiDYm1L"
    "MZ9RIm0BwXahgKgGIiOpF+wZyNx8Rnx4dSlsPHDWh66LN9tcPWfqjsFB3/PJN1BU34LTC3"
    "1YY0Ta05mE0LC+XiGsLtcoaIS6iHSWIH5ieFMsPZxqOk/Ypmnj6G/Yti0763s28YCaVY3g"
    "Y7blY6r70cy5QMQsYHnIUyWxs3YCmCaUfi5pBYcIOVnn6WwjwoREBtKpjBpJjqZ5th/xs8"
    "khQwoHbsqqvSmhLypFcL2KoZbX9Qr3TrnOV9n2JmUo0xLbwlanxE8Lga3BUws8getYiz3r"
    "EV53LTUaO+iwRZ1Q7LHF+4nTZQv+bh0LOG2W5y6s78haoaAVtG/liuX/tq0nGkOGzvEjcY"
    "IHKH7WfEG8LFunuZ5ptnDqXbG6eapP9ZNGyUe5rlzzj52bC8/RTXpaGbRAJ0usocUO0b7E"
    "pnYZxAU6l8GXcC6Db6FoHvb9Rxu79DuxADlqZq1Wl4j+BaxRpGtId+Ymy3JOupF88yCMLn"
    "RM/aznW0MlDqljkR+XmD7AQZptbekVslo6JQnRU8fw7Kl0XKezov8Zk8ua+Lsb+u9wVNpd"
    "NzbqTBH34LHuGL5TL7MNR/H5gDGMhGEOrSQE+vUrDqBfvyoEml5Kp1vfGZaaM5iLj6RjJu"
    "2fSZ/myLOR0+cexlmQfYtGIRTrgbO78c315Oa3KxTYz83r8XTyZTyjwRbB4o01+umQfaB2"
    "JPQizqaLUZZAUOQSFOk9TgbXcpYixxyiWrqsvDBUx1WqsdR5pkBV52RLozgJ89VJKyCtuU"
    "jrcKGqMHOlbWHa6vK0BTx68XsmL48OwXiy9TpPMF6cqxMsLpO1lOkIpbEKMylytJ4DEkkj"
    "nwbpUjPZMSd6UJJxbxXD+ppDKItHn8XkapLA32jgWd7ILT5ZSg9wztOlTIzh4QOmP9aYFn"
    "4Ng8OeVAKSf3DiBKcx/lmKQ95TAmqY9JDGhWGVVppVXVoy1kXn4YkNA2Rp77Y0oEx30cYj"
    "VxfZM6bWnjw36YLGjoaoCJG25ysTw0NIyJ/YwfyJnm2I+LjB7RIeA/zEldjvp5LEfj9lE/"
    "v575nIQcDeAmLT6j8dYHNbtjse8PfCYoehhRRDvszHGP/toRzwyMWY3t78Ft6e7oUk4Lqj"
    "7NNICcSJJexajBQLZ3YIFAN/uyP+NrAsz7HXeVgWCA88g/DAblEpR4UHZk6F9Ly0DhU4FA"
    "mFvo2SKOOJ+WjpS3yWw5xE1wZldAnW/bs6VmkXBJ30WhuCzm/kj8/nFQ6rsELbLntcZ79O"
    "P4+v0MLwWI5blt+2ksDqHQfp8K6QcniXPU/XvC1WvuGcOIliVidpJV3OoTc8IL8pRvlNBm"
    "Ybkz/ScUVxTplJJxF5+YoHaXJXsV7wVQZrh2wEVINsgkWQThhJN6Drlyx3XTebwbo+2ezk"
    "/v4zncD9HH5z8/1wMqW/r1Td6MScvvB22C7R7R/un2QLnV5XJ6R7vkyuPw+npEdIDz3qmq"
    "cac3N0++luePP3K7S0NlvV3FXpl/rFzD6wouWRklZd7o6q60ATRZKCQUyeI7YUpO2kW3Vf"
    "8YD9qhjrVwVQ4w2ZAcWRjsykA7qRYW1iV1nhHNVOmbMaM5KJxGvFaY0laCWdKwx9zAigrw"
    "695ZLtuTj4cTOAvzL8Bg0Hz0JfLEuIDECVkDgdqkOVEHClgtuapFV7flc7S239Hq7v3lU4"
    "Ik0YQoxJdw5Es+fgW22lCAraYibS7VcbkbSRJ650e6N4nmDN5ZSddGjXn9k+hExsYUhaAc"
    "zcMFMWU4jHyRhKBzYP1sVQZ5CGFJDNRtNCbgXIrdD2yZRM+8cN3iywLaaoS9hAMgWQJMsv"
    "TgVJ8nPsdR5JsmVrovNn3EQmRre2+dOy9a+6qRrCqYhThhKtTS2z5TZeeaYmNqwTNhJBX9"
    "uwDrRwFUo251gCwAcDGdg8m0VZPI4hbKdn0zJvCEN8PUpEMMzI4jibjB7OcuaGGnCdRQ31"
    "a9jy4pqYEDmADVevGqCNxyzICW5qqecat/tJtAaI5a7inrPiHFHH3cbakXFN8g3oRuOZRu"
    "pmq5LhfJYTzxRdG5TFMy3tjbIM7uxYTNNzCWhqLANKfg7VslOf3MSpEFWQ1VyICqMllkQ3"
    "cGy5Vk0TF4gdDscExMy7DPfZ/af7K+RsnLk5/jScTK9QpC8+cVhG/0JmNFtduYLHm2fXs+"
    "H7hyvEbOdmED6jDO/uZrdfaJBGEEejkMXTth5pqIZ/jYbQ+J/RoJr7MOzGibLV396MSbOW"
    "yQIofx+PHvwoyn/hpUstRsOb0XjKInGWFEGjYjBO/ep4MhgVeqRHdmm4IAN3SWBanrF0p9"
    "v1z3YRZlvVVvMqHBZrV3NMu6FipY+VRsXKpmWaGpG+wCJvRMZQurehkbBYH7aFpeW478X5"
    "zJJWEiDddkYzZ7nGmmdUOtlM27ZztglikGpiEBsv9a2en7+x5GwibgSCqkx1bW+xoeUKK7"
    "0+KVvQ4nf59Qn3/hU6OmUK/dzlfiaOrF3xfU5YQi93uZdXuqk760rdnDKFfu5yP/v8i2Jj"
    "1cmrJFGW2ihlKIFv0YJiH8Sxxej3UyYJ4tjn2Os84thoWysqeMsagt6tOM5AFN2MHYCb47"
    "fjrxvhZNNJIxB3l/IhosM2xxIG7uFCaf6QzOIsrHi737fUszHMq3pLvr4cmsL9TFoDvnIr"
    "CjOLToGesGiuAIAPF/VLT48cEMd2WoDwAYSzu1JhTWyjok/y/cnsNab1tM7yhJ/x64OD4k"
    "//bmVfnutwzb9bE6PADlG11VeMzu8md9Mr9LTG5gCtracBWtnWhv5ukwYWO/KTtbm4RMMt"
    "ldX8aBE/iFXNS1T0q7FdyK/f6RC0EtEqiP9OKv77aqumi/NegbKyZjGrFouanYb6rrGomW"
    "N59rJy8uu9daeH+qfJzeRudvvbbPjpCm10UyerKxkvG5r6+vPNw3hGU197ZPjYc3N4Te6+"
    "QqpG7pub5CVRZuO76d/Zq6LYeGvsghdGmU5uPgZvjWLo5re5Ofl0dzt7uEL6ZmvZbpVXqf"
    "402hp2BVMN7y3gnIHnnMFzROPyYxbAK2TnJH0rMlz9u6Ubqg0ENfTqPKzVfWc/D0Z4jsNO"
    "k3apa3uphplPH7AaWI1PUUM9A5iX2EgMLdEihk1SGlEdwxw6I17jsJzKSBZX5KMxNthxyH"
    "dCroUs9itFiGxAURgU+4ODzv1+RltsRx8j1dSCuy+QZRMD8jDTUVkghGqwxgK7XJqjhefO"
    "zX31s4siUuTPs2UsTjh4lf4BVAlQJV2ZBbtLlfSrFCSBwv5GtojilcU+DWcfyVaKBjlGbc"
    "zNh9nw5n44epjc3tBoycQ01BXn+0QlI9MeYodC4RuMXxQNGIVgUXGwxWNEITS0wdDQ/kXK"
    "11ZcMhv3Tj55YL+6c/N6PJ18GbPywcGunEa+f76Jfe6ZsSvJ0pSkrY+Tuzv6gfNN326rxc"
    "fXv6B0Mml2x9icnrA3fJFekHW+Xm6ZfEFs26ohgmjCBiDNiIPZ0VklXjlhCen7OzwRUT2S"
    "XpSAuqQEVNJMtlJq9W+vq0SHSRsWVn/WNEN1XEW4VE7SSjqYGzkVZ5K+CoHLezOIZu3ygm"
    "BjqnGptOynTKGfu9/PwtRayky6OfO5yzPaPb6XV58B4cqy9XrOrJoJVw5PvAWjaZNWIB3M"
    "chEgd6oL1RK5U1yvcaTgKZ4ivl8jlzsaMfnS5mueskO4BmxBTHYqMZmPfBAFd5ajKEveMO"
    "CMkOMUlf2xZtoqpAYqLaSSlQtrVOgViSeQZTKhVqDAGSCyUF2iMVW5hXFvT7buYoe0Eo/m"
    "I41Y2ai5Vp6YKx3bvyyhlugo5dhzkY01V/ABBGEQO8eJe/QJBM91eaw/5+A5f2GqxMkkLC"
    "X0zvvrjUOQDATJgF9T3a8Zs71OoVczDrdC5T5N8EeyFYDTsRkG7sUPDsI/Ujuy0GhkGnAG"
    "yMGqQRwO1UXkdxed078Xm9ol+8OW9m7rXqAn3V0T52JBlhsNsSGAVpaNDMv65m2drFfT/O"
    "OgXF23vJdoF897yhUZdHkHV/GE66eXPOoLclfhfopdy6ussladtTDMkZV0xQHrP0uEU6Vi"
    "6OU9VerINrb3S0RmEyuy2zq84b018YNF/ml8u3vSjmhqs3vUBjZMLJqzeY3lHC3fuAapO7"
    "n3rI76SLaKtmfg/T6RtHMZthM+eUbvUB1Eo3wu0HJtWQ6lzX18nL8g/KgaHu19looOeQ7W"
    "8vasTT8O9qzd2rNCHeAm1djkJcmCWxzqGN7ffqDjaZi+RkIaQQgn2+YVhHDPsde5hHBQWK"
    "I92RakkOcWbXGmkD8NDT/Etr5cn+U4McGVUh9G3d9zyHspxhW8gG55AY/EZ9PF4gZjJhL6"
    "Ao3EtNGXSgDh4HYJ0X354gWP1OLFi2KtBb2WjiM33dz6McX+VswEXC5Bl+solvPYxez//h"
    "/3aIVK"
)
