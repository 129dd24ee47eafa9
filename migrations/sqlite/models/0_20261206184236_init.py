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
    "clerk_id" INT REFERENCES "users" ("id") ON DELETE SET NULL,
    "location_id" INT NOT NULL REFERENCES "locations" ("id") ON DELETE RESTRICT,
    "order_id" INT REFERENCES "orders" ("id") ON DELETE RESTRICT
) /* A counter sale made while the till was offline, recorded when it synced (backend.orders.offline). Unique */;
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
    "replacement_id" INT NOT NULL UNIQUE REFERENCES "orders" ("id") ON DELETE RESTRICT,
    "rma_id" INT NOT NULL UNIQUE REFERENCES "return_requests" ("id") ON DELETE RESTRICT,
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
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders */,
    "columns" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_import_colu_kind_b6320e" UNIQUE ("kind", "name")
) /* A saved mapping of a legacy file's column headers to Cradle fields, reused for the next file. */;
CREATE TABLE IF NOT EXISTS "import_jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* PRODUCTS: products\nSTOCK: stock\nMEMBERS: members\nSUPPLIERS: suppliers\nOPEN_ORDERS: open_orders */,
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
    "eJzsvWt34za2JvxXsPzhjb1G5ak4SSXH3XPWkm1VSinbckt20j3RWQxFQRZjClB4sUtnTv"
    "/3FwBJiRdQIiiKIll71px0meQGqQcguC/P3vv/nSzoFFvO+bXnuHQxpBY+uUT/74ToC/4P"
    "ydkOOtGXy805fsDVJ0LuxBDXaTa7UJzQJ45r64bLzs10y8Hs0BQ7hm0uXZMSLtFF/GL06R"
    "9oimcmwQ46nejGCybTcwcbnm26q3Mx3Nkl0tFEdzCamV/wVIh1kDvHaInthek4bEAH0Zk4"
    "ZOiubtFnDyPTRS8YL8XTTKnBHsckz1XeeExOdeR4Ewe74UViMD7MN04HpW6qe+6c2uZ/6x"
    "yisw7SyZQ9wJQNjByDLvGlGIPhbGMm/qbbeE49hz0/u3BMHJ09MjLmOiFscvhTLPQVYlOA"
    "KEGnxLMs9nMsK3iUxdk5B8Yj5l8e1lz6jNlBm8Hz+3+xwyaZ4i9sIoM/ly/azMTWNLZAzC"
    "kfQBzX3NVSHOsT96O4kGM+0QxqeQuyuXi5Yj+QrK82icuPPmOCbd3FfHjX9vhS4U8brKxw"
    "9fhPurnEf8SIDJtM3bP4guPS/gNsjp1o2v3gURv1HjXtJLUYQ4nIMgkOGWyK2UJmj+qIX/"
    "/MH+Hdxbff//j9T999+P4ndol4zPWRH//t33oDjC8o4Ll/PPm3OM/m1L9CYLwB1WBvVhrW"
    "67luy3ENr08gyx45iWyIY32hXehfNAuTZ3fO/vzuYguOv3aH15+6w9PvLs74DSnbaPxd6D"
    "44cyFOcag30Ir/VYA2vL4caMMDG2w322Ll4H74Pge4H77PBJefioPLNzax+csR7hFvIVDu"
    "s6fSiYFTaMcGqDPkJ6NPg4eH3vASOXO6ZB+CMbm+7Q0/XyIGk/0yJqPHwbCn3XXvuz+Lq/"
    "h2rS10oj/zax+eOIYjfmbp2Wy3dvjRj/377v11jz2hSTg8Y/LpH1r35q5/f4nmf2n6dGGS"
    "Mbnt/9pjj3V7y6Ut8xVrDrbYTZNfuDxL4OJ9jiVw8T5zCfBT8SUQ+SamF8Evo8G9/DVLiC"
    "Wmfmqy79f/sB/rpD4VZS2Bk7/PPGLw2UUTz7Rckzjn/H7/eXKgd3EL8BwmPvLCcf6yooCf"
    "3nX/mZyL69vBlYCMOu6zLUYRA1wlJsZfgeZUaVpiQntNSvANqctOWDX6azVNdQZSgjALxW"
    "chVItVJiAqA9gXx950NGaFsM9VGvwryr74OsmwGaJyiQmYMMFDfRBCpbda6K8Gg9sY9Ff9"
    "xwTgT3dXveHpt2Ie2EWm69tcgVERWew25pBouptG/Iadcc0FzljyMcnkog9Ez8N/1Ecpy6"
    "8Hsx84HRBrFczzlgl57N/1Ro/du4fYrNx0H3v8zIU4ukocPf2QeEnWg6Df+o+fEP8T/d/B"
    "fS/53qyve/y/J/yZdM+lGqFvTPWL2GHh0RC12Kx7y2nBWY9LwqzXZdZDjCLTLp6eu2RmLx"
    "H/AT/AvUlMZZhqsTOR5cEMDcnn7yoQ+/h5iC3heJKsgcAX+OTgPIZYPT93m6NRGOkFzcIx"
    "fWpxsUgeEWbdNLg3v1MA1S019OBBUy7V9bnONoeqFVyVz5uajQZ4+MDDVxdowcPXXA/fC/"
    "tdRZ17oWydgT75rTvsfRo8jXqXm9BK4M0LvHhF/GzffsgxEd8mFYjNRPBT8YlgugFTHySf"
    "8uyFHhGpbgpODuU/Szgyf/ghjyfzhx+yXZn8XBxjS6pEY8Nc6JYcYkuuPPsi54FoY5UnGb"
    "Q3vev+Xff29D86HxIWaQj69ykfscVupYirLwG4bsV1aZuUh5AV9LWoyG6traxN4dv372ut"
    "t4HXqlKvVSFLlikZs9n+lmzUDKuHCrK/SZvYEwyscRf1nmb/Ax/otsmu7u1AMd3OeNkTox"
    "Efo60rSZ/+6TnuApN9V5JAqbsera14LegrLgutu2CstmIlXj5Xf8FlgMXHaStQ7AxxZth2"
    "NOpJjBMVrB6DodoPlUkAqW1IUXu6d1RgwMdoqWoQkKyyWE0qMN2yoUb+SG1aTYcMooh4ky"
    "SAEsahsoMn62AXBE5aEzjhc6rq4Y/KtC6AUr6Pf2o6S0tfaaowJ+Xq7OevDdhL3XHe2AdY"
    "m+vOXAXtlGAL4T6IV38ffjpQ05tMTWdTprShrQUKTXfNNN0K3qw3bNCFxr+2MtUnG+ekXC"
    "lwt/oTzRCb665Gl5goQx0XBKx3YQ0hoIqJyy59wUR7ZbZbYCXnNKFSctUFNJsSzgROeDbU"
    "zWQH5+GER7LyNSWnRFqw0CtVN02ohJcqFbKWop2G+iPTtc1n8hmvUoaG3GEYr7zQLKCz3I"
    "XssK2/rT1mkmXGcGC/HvtfiCFb/8P+NYM9Dy8gxpgGbsA2v7bBsHrRbKZ927KkRBW4rvlQ"
    "QzFSW9Fy5uZs72AuH6OtAB2RINCQja8O/IAmQgUBSghQ7oeWUoAyyp6jM1Omx4WQDgh+pO"
    "w/ed5TfTZ72IzXwmW4mOmlIXXnj9VClPBiadEVLmVR9SJjtQSqAuyAbWmWST1+O1tAO2C+"
    "5e/iDnzc8CYn/wVUgiNSCcJpUPOJJKSq8zHWHuk4SUMN1YgEILrbxxTuJHs6l3Km8tcN3L"
    "x+pciiijmUrruj6+5N7ySuQ0c+EnvC2kK/URLaxC4ohzfbXXdIvmDUFSUrZRv3VGXrAyLB"
    "SEv5yOrDJbwyn78WHeA/Li6+++7Hi/ffffjph+9//PGHn96vN9T0qW0761X/Z765dqKRmN"
    "2aQuuz3jmNhxN4Bk+PlyjILFCNvOcJvGfH3VNhd/HiFQtVxiSrCVVW+U40JDIZgrQ1NAkp"
    "9pBi3yRcp6a/zWsLBeMmLgQh9LTB+Ga6c5Notk6eVWlWSdFiTKua4VsN0cqhnm0oMWI3Eh"
    "VWkOEq+qHW8YGr9HjkFdsmG06mvm9b1XHBCtmD6yONXdXspjPTXhRTHROyJSiPzdlZGqc8"
    "TvHUW2LtBUsq3mxJU4pJQT5YYhNLE6A3L8VkpcgfTEuC9pPesY4XiGg5sBCHgDhEDZzlDY"
    "hD1GwjKCMMwZ4B3T/d3p5kfsyqW7kNhVfy/c6A+DihHp9OKwnyrHm2u8I7G1Lv7laFA4KR"
    "Y8yZ+mjhKRKSvI0e5Yf5YGiBFxNsI90Vx8K1iU65peAg3cZI5zVlUWg9OH73vVhbwkPdZC"
    "shhV8rzCpXt12H2z7ATDkmMyWcj7TpmmHSBNdvM1dbFefg5meqv1W4dqXAZdv8McEWJra1"
    "yeLHZFpkiiNiMMG1nuAwzVTZ05CUA3O4Tn6Gur0y4GioI6LgaGi/o6Gp0G7zNGwSlOWfMv"
    "Az7PIzJL/e9fIyRDO3ZM6GRGbXLp9DkFRWMzYpGO17Gu1hXhfTbVXCkQmx1nXmKb/B19y0"
    "sabqIokJ7eknqecum9NPYtBF0Gld4z9RmyyVAroyYbC10hYBobL1uaULHZUuzea//wepNF"
    "gDe6vx37KUtaWiXe2yzMIU5gPbZUedhNKsspJV1RF2Xf+55apqeD6Hqur4lx5RVVUkdwGr"
    "azurK1t9fdUtT/LF+mU0uJdDvRZIalOm4aL/QVa+VlE19QfIYOZQxPzoIbynd91/JpG/vh"
    "1cJR3kfICr5JcM+rVnvgHNrMgoiXOo9ms/uDfjnrrmzMyumpG+KMfHgkSuz0mpeJxjFBXj"
    "uYcT+gWd8t+KyfR8gR1Hf2ar5Dw2+tkl0tFv+JoukH8FRi71CRId9GabrosJMgliXxs08R"
    "yTBH1vY1SLKm8+JqIdES8IzG6kkyliIJqv2MZTNFn5l7K7PtvUY+f+pJMs0kbiu/k7x971"
    "xI8j+IvLdgMXL5bumsMB2cQNyibO0GkakEFcG+cQ5ATIEpsufsqT2XTxU3ZqEz8ntcEl9e"
    "aydcaoDKiNe6iNS31lUV2yjWRjHxEB6PeAfvPBTe8uu8tBbKQr9PQtmTYTWPwqVSEeevc3"
    "/fufL1EgPyaj3v3jJXIwccfkY7d/27vh9zMtP01RdVvKsyllb0mpDSlQfSRTk6nYREWgW0"
    "DKh51QKFO4bjdQJeKQT1kfozRNvrN0x9WwbVOJQzdbd4pLQfwiT/zCJK+6ZU61dYfKvB/x"
    "lGD1n/KTv8884tuxE8+0XJM45/x+/3mo+aj8A88+b0V45Bsx2ObqvM1BE5zsra+ZLtc8TX"
    "DA0d62Wa+5o/3K1om0AqV/orPNoT7hlwBBsHmkis4Wv69qP2VoWZ2hUPvBbIXXPNbQYeoZ"
    "+/ZcefBHaawat2d/DMWN8JrB80ztlWwvXJ/buh0a/lXmITjTv58sdTtonSMeDlKfv95N8t"
    "iK2IErOTnUlmi/mWs2vBw8o0nPqL9lqDFQYzJAmd6Z8rfZlvfMnYp+Y5qFcF6GaWxp7dE7"
    "05ib1pQNtZ921D684+9+xSpk3T5SR9EhH2zTwLfcqy1RIjcnt2qRS36Zxl3VOdlpXSREhD"
    "cdsXEtpoByqpeOjLlOCGbg6OsKPB1EbTSh7vxvgs21oEzGWWKD88aQ3wjeH+iNO8yT4dJD"
    "3wt8AaDm1mYHOXjBUv+NUcE3IlII4pp9yBIhzPd5IpjvswOYqTL4fhByZlNJGfztzvS4JA"
    "TK6uM7T4dM/LlyJenMeebYleUzwwzXaoZNR/PVBYkyu608fUyuwur0oQrQ2OL0UOq5GucB"
    "VNEtqbZNjmZ+ke3ExYu97eLAluuzsRqo2x7XOhagbbOQQ1TzWMnaejpLj7is7yH2yxcPgi"
    "5HtUb9+ZhJHX9b0sJiYm2qYldJglgSfv+VU4ooJOXaNAelxWrY9qIG60YA8MwRpont5Xvq"
    "WjFPbsNwzh2sSb61u0s18i/k/uCO/FFaCuvmra1TM+owzCPVydYRoG3a2CbYBFTARu2Z2x"
    "Qug820kns6uL51VMDyE8AhsnLYtO/ok6VgfsRfsnrgxsVakCa2zQ/c++djzGGYSktau4Fv"
    "B/c/h5cnc5US6a3PWFuYRFtQ4s6VklxTguBATJsJAiX29hSDNyYI8KbhnVF74Vm6xpRUWY"
    "vnTHRTcgCuxMSdY2vGTIoZL3G7Ulm8EkkAOA0wxMmqbuIMOZoty9bLk6Mp0t7UnHVREdi5"
    "JC9SQMZVbKcUlwI/6G4/6CTM6tzTS7fODm3Wus3rpou+r3maqES45NWlAdRt6eYFN/Ha7p"
    "EJ4LzISlypBPLb5W0+aPieQyUrwuojuKXsajBJ4Bhu1EekA45hcAwf1zH8IQ8jnF2V7Rj+"
    "kOKE8wQUFXzD61vgCj50QsNEt1U3hohIKQkNrd4a2K+U+BmywQ2vr3Dpjr3v8exDNQu45L"
    "qcwC47KrvMZVOr3ukrIVUd/t9+974xVQBMsjKJZrLdwNStjJLAGYs7LXqozSS1UTf2M2jR"
    "N81xqfGiuXMbO3NqqSVRSKUrXNlNWdcT3TXmGjcpX7CsU8S2iEdKFqIe+aMeEGaCMFNtlJ"
    "X2hpkCUqUq2T4q1CZ99HDM8DXBdW9aeNuKpXRSpPDo6trDcS945cJ0gkQ8uSc/pensi9QV"
    "H6StCAmNed9QEB+jrQDp0z89x11gsm9FKIFSdz1aW/Fa0FdcFlp3wVhtxYraU94va/+s6g"
    "EfqG0buVJINt7oNqM2QAhp2L16N7B98srWH7VXv0ZHbQd149+KYezN3nXN9PUhZj9OXq9N"
    "fmFne4dR7rjZ7LXsaZmeY/uiucu5iVGQSbjx5mD0Nqfsv9yZj/hwyHR4C1DHnOKgISeZIt"
    "3vyMn/Hn1++sZBvN0NWnq2MedDcLlLxAbg25qDiKh5kyjsVsFdx8S/CZflxhI/5s7ZE7D7"
    "uKaFPv0DnTp0gSnBiPJAPxtaJ2wEBy30F2yf8ZJzthiMjbpugCoGPRdQMzXJeDmDWnI15A"
    "wEb4FGJIWasj3QcSngD+wMEta971/az19a27/uw8Nw8Ctv9hdsE9MxGfZ+6V0/8mM2/hMb"
    "Li7UAvDbD7mICFt4CMlp+stdcePZ1RV2mpgMuHYkjlL+6ZJpTPkW/0a6zmSak5vuXffn3i"
    "Wa6gum4YxJ758P/eG/LhH+sjTt1ZjcDkajS2RR3s774+Dpnje/5N/pMbkeDIfsbegP7i/Z"
    "x9m2seiPNiaj7t3DLRvR0RdLi404+jQYPn7s3t6yQ3Nqu+yxrTEZfPx427/vaaMuv5bOZp"
    "ZJsOboXGLw+Kk3vPQ/2vV4wZhmocajCq5vHc/nIJ0B/fiZ2qc8KtM6lL/Pw0b5PpuO8n2K"
    "j+K/zhqPzcijPnKUE2LbQj6NtQFlGPOIjYQv5VtgyqyelGibPrcVM3tsPMM2Zh/cgnMhl2"
    "9RFlXF8zHFBrPii0ST45JQM7fONXN9c0fbphFnvW4JwdZ9qw+iEUWcfmpqUUqwdXiX7+QA"
    "Qkw29O0lxISfn4limnBKrkW6Q2muk+OV/K7dG1S6U0q4sAssXIkkLF0onfpVFKmvG8h5KX"
    "LbqtTLiwdA2dTCZVPlgEa3zRKQfXJwA3sr5UVW8o2JQcyeA90/3d6eZKhiAPAOgFPaZwa8"
    "2bTZQxZ18FmhEvbLmi6azXaJ0FLzdSkU5GH2N7Koi+gMcZ7H6PPTOf+Pw7keLtJtzEkhSI"
    "z9LkjQQXP9FYurxWH0ZrpzdlUQ8ZJ3KTzgvaTNIoJdfB3kgFYRxySbNCc+VRnVpPwI1eYl"
    "U45SSUS/5khVQ2J9Ve4QagCCQzB7F2ivQxAM/4Ma/mCYlmCY5ipjB9lLkL0E2Us1zclRtK"
    "iH2MH2qx48a8qujp7ubLOu7c2FNSufuI2s0zIDtRJqzraciZkPYmoOtvE3NjIVUglEEmBT"
    "+QQcM9lK346ydK03n65RfkWkv1yJm3hbmgNo6BmhTp4Cwm/hLWQlj7ZmjkTFqsO2KcWk6p"
    "42JdkNNrWUVLJHuteP/V97l8iX5jkh96OnO54gFS4QnjR12+uO/KQpi2eD1iRpSvi7sFPA"
    "yxOXrIS5WhNnWZ18OrmIq+DKy36/2uvK29SQUPPopeSAICX7uPGyBGqe0ogIaGI5fKWh+2"
    "1fb2nL3HidpL80sq5yUHk2r3cJ2KqUl6nZjpAX3tR2qOyVPqRrzF/csh4i4arfUVolJ9dk"
    "QNBc1Cdh/+e70fAUzagdkkA6KGTpiUtE4P8c6a+6KaYf/R92oSZGeLeW7yCCX7GN/o7epw"
    "knVdxwG+skStEUgwP95Kj0k2A2VfSYjQQY52kGvf9KKOAZFQFAk4B6y2lBGysuCTZWXWws"
    "iWktLyOq2LcyIgJmAKRNQVZPo/AEck91WSeQJqUCrXqa1CRMSNgT3LbVwU4iG/1k78FJS9"
    "JPirOIEoyXlsAOfCsFrA7uVIpQ+rLcS3HWX/4avrl9ThjZ9A0tsR1kDrnUM+Z4+jdRH5ed"
    "csI0pCDlDjlznoEUq/+BTrkTiF/0J/VsoluIHbdXZzKX08HvBxV06+VVqn+JmWM1cSufEQ"
    "b1Wctb0VCfFeqzQn3WSquR8e4RBZrZxsRa4zavvt5lU0jbTf06A1/7oHxtoOBlQ9/M8FAe"
    "Ch6EhyA81BxkITxULp6ew4ljKoBGJIB0C1X0coF8uPAQxDNLjmdCvK20eFtyny0B1XbXzI"
    "t8WmpVLU8Ekm5M9tvxks3P6iQr2BS9prM72jRdX27mraf3RHhbRIdaU7+YnWjKSOmLg6bm"
    "VJS1E4Xs3uaYiHPcD4jedAfZ2OAs8Sk61ZFBPeJi2z+50Kc4dBsKmrKzYkswlfpX3Z3HRJ"
    "+5ogkkH2Thd6N00Bu2sX97BiZmt7Hx2Tl6jN6JPw67j0nQjE2gHxFbe0r9K2xzyqYYTVbs"
    "huxG6wgJOvXdzDEHaiceNTtjt+c1AX1OugjDvXFRgp91nlV5jgZL9uP9ppbi3i57v5G/rO"
    "wxYTYbtYIulv5PDABBlP+TzTxxZuxoosNlbJVkhuh+P3GoZxt47U8K/vRfJ/6ZBG74MaN4"
    "PErEV69iYCkUAeMlIy1+nU2hCGxMDtDNQFfsnqpLNpQBVCWoQojm5GghmvozKVoUrEmoI3"
    "mhTojVOeRfN6jVQmMxoRbC/O1FnsrH7Kps9sJFqvaxn2irtnlEZWDf2LmYqWF4tl0oDJkQ"
    "bWEcsiFxxxCT7WV8a157Kc1qpEtf/1KhhQ0eeveXiEvyAkujwe2vfoEl4QqoSYEl8TSecL"
    "yr8rMkoq3b4w5C1QpXQIFtLiEKDVnrvMsBqSb7LWsvqQYIIAcsCuFvfupdFZOCQF8Afg3Q"
    "QWocDwY6yCFQVWyquN41SwC23fSF9BemfiyGdZpxFoUhmoe8i78Qy39Wy5U15jp55tF/pC"
    "NxX/a0iwm2g6C9t3AQfRURcv8sl8N/ebqFOBcgLJsWLby2PVf2QPfbnSv7eyzJI8hH+C+l"
    "2Ds0Xig3IJQdpH8xZdXb8jmkQtk6u9LZJn/d6z88cgeUgdlhnmTopxjydMFh7/FpeM9Pup"
    "5NxqR788vT6PGud88ENiGwMflt2H/saYOPHy/Rm226WKOz2Zg8Drv3o4+9oTZ4erxcs1k0"
    "6rmRc/37yCmTJzk+Dq4/P3Y/84fgb56rv4gnGfWGvF558Lati5Ova5OPSf/uYTBkdzIXyy"
    "DgfHxPWrBRKOcQp+RaE+ItvRqgMrZpQQBXJUM7C9Xqs7IbG9OCrOfDutIh8xYyb6uD92vP"
    "vK3ULmhvjAASbyHxtjnIQmCgZDyhOQskM9cR0C3RK+h2kzPCotbtBoJWUJO5UVFWyBHPhy"
    "zkiH9lOeI8eHGSFVkVJzs7o6r8spp1fv9aoo8HS/5dT6xi6khSrhxX2nGhPnQuVM2zCiRe"
    "y33TCkZPV3f9x0eeV+B4k4XpuryIwsNgJA5xrxX/+7p7f927vRUtn/lvt6y6pB9AdOSQ0Z"
    "Fm+ZaBgF6Oc3m9ERSY96QsJJjUOcHE398LTHNMEOa4znPMTAabFkl6SAuCmzPtNzbYL3+m"
    "tiK2CSkAVgJsoEGoLtuUHIALsU5I2qnD9/QA7uRwIy0B3+vIUM3aHfLCm/jq5IF3vZmCc3"
    "kXuMnvToaLOUM3A3x34JtWR5V9+JFt2SS4jM6L3L96y8Zq0Z58+M6La9C2RTtCVHNEPLT1"
    "bJYb9vh9cws+eBBq9wOYUBD1qDGRlePihfaXK9k2sylQMSFQXmU2lyixPFUENiEF9pascq"
    "dt8o+35jvOFMCVSEIKEhRGPXYeLFDRgTDdIDzXqqI6aToiBtjm5PmGKnMZXN9wrIbBrMT3"
    "jayxmFF73R1dd296QPk9KOUXKKn5QM1BST0Of/IxKApxInEorM91tvkSwrISQJ5sl6NgXS"
    "5EjTuZEAPqpPjdLaNO2phdHNrUaoVw/vHU8wmS6zHGpPvwMByIAs2hp5oXnvmldx1c+Cc2"
    "xHWjT/2HB8G3nJvLpX/Vda8flHY2sPkKjMuvl3G5jnKoc7ISosDKqjMrK3j5izAsY5Iwy3"
    "We5XA/L1SoPSYK81zneQaefPY3s708eW85LTjrcUmY9brMuuRlD54e+NQVuepnNl1oxeip"
    "MlFw2UsrNga6hXofhKQgLGEZvIFToAC+KUkAWBLOC0wgVXhTcgBuGlz25Su2/aYFYfPdHS"
    "+NfbRKCEJ9BVkCsu98jjBfZH0CznlwTr/QuZp+bD5hJcDcbk675HsPWQOlIpw7a0CuXwC+"
    "u4gWSZUqB7wRKwLw3blDJC2u42a9hHQKSHpRp6dk5bwkMd1NUzlUxgtwVY7IVVFLuoA0lm"
    "wTlmGjhRunGqQxsdZkBJQG7DG4/jX7cAPVv954bhqEKfmu4lKA7G7HlRsh1u6pwkc5ug0D"
    "ObcvJb7AgOXfepZ/zb5bjSf59774fVhPJBbU+lxnm/VE7Sl7AXFwbc7Gs2Pvw3cfLsbeT9"
    "OLH9Ep/ymYTM/FUM75eqyzS8Qmmnd7nSFKcMjtRdxOQ88UcTl0qhM0vOuyC0TjWGqbzybR"
    "LSQGOxMNYkWLwVgj2orvPyY2Xlq6IXrz+mfQjNrsJOVGIhp9furwUV/Y4OxvBpjprNvadt"
    "BSN6fozXTn4g5+L1B2pXi2b5DItxX3CZ7vb2PCr1vapoHR1JyxDRKzl4+PKUaarPwWu3O6"
    "5I14gwePPyH7c+axd2qa/F1ZTXZ/9xcCPxv4X7UXvIKKDkc1fsOVrJiokRCDRA3xu7clao"
    "CXobykYkh5Sae8sBEeRdqKg13XkifBJD9yx0lkMWw8NV31qhFxuTa9GhVXjiD4jX2YXd1S"
    "n4OUKExD4WkITVO2rNUnQiLcGrdpxfMQ6rHqk5CUhBkoOgPQyfzQ7bY3BpcSzDGxQljXzB"
    "+T0G4ufsqj3lz8lK3f8HPQvaPd+SmQlfQ1znqerKRI9eEFXkxU419Z4hCxTWsJc51MrQLZ"
    "Byk5AFduEyqHxONCbTIFS8PVj30ooRoVAUyzMeVFhYsAu5EDdKXG2DrKo5pElxQsB98WxF"
    "8i6C50RVTXAoDmLmrMOr64J9VgEI7TsK0gL9cg+oXZzYjZbJtlQdsPxmo3vJvvTA6WTKBK"
    "lYBwu6lHcZVTqZNOYGGVAPHdeqBmGQ15Qc6ySnPkGG2MrRJwbneKUcouVc4wStO+YopGeg"
    "YGBD9S9p+c+A8Fj2joO4Ebp2zkTvVaa1i50mzXSu7e8BZWM5oBa8ocyENr3IuqOJjNOPFu"
    "pAvYUmzF6OnOVsKif6HmsCtz0hW7yO/GYiMuhBb6FKO3ucn+yalxrmlZ6E3nNEExcodXHO"
    "VqwpRdhAkyXeSs2FqZppiGgcDZOXryZz8xR5XdeEwCUiAf8hsH9ad4saQuJsbqHdvRL9Gc"
    "vuFXThacsYOc8zhdH2JrxfBsm60Ea3W2eS6H3c7hj6A/s3XU4f8yHU6EDJ6QckoiH4dLzE"
    "zbYVcS540NKLiPbHmt8DSLbQiswiOyChXDjPuEF2sG7OGji2FMdq47Elr97lhuKFdd4Lwy"
    "vD98nwPuD99nos1PJVyNhti4ikT1EqItDOs1N4yXjt4yRfyZ2Tl8NuQTLZ/khNi2SW7XBP"
    "NJS/a29rFQrVOeEAM+Tx4+jzOntquJ9A4F9SUh1Rq6Wmneed3iTIWVRokV1IRIkAEptbBO"
    "5OimhRMAT5j0oRBeH6l2G7gaDG5jW/xVP8H2u3+6u+oxJUesbnaR6Zt/sriTs2T3laD+y2"
    "hwn6XTbGSSe69puOh/kGUW81zUd+flaMQgDzeK07vuP5N7yPXt4Cr5ueQDXGVVJq1DwfS6"
    "TUZD6Ut5SGvsjvaLImUpIgJMmvQ+VqyIJ1TwrCeXpoWLdUsAHep0nih4uNWLdIq9EwJju8"
    "KPkS9MjpBj1ayPhqKaSfo4doEJH3dZvCackB2lJQ5QkO/3E57fTrCw1/AXF9tEtzh4UK3g"
    "mHEFfw2rlSqIyrQuwlB+nYLIuk8jvDu9PiJ+KE9eCWifPAxGl4jZUmNy17/vPwwHPw+7d5"
    "doYRJzadNnW1+MycMnZnOxq9iPwGPy2B1cdQfs7jqd6HRMfrm5RH9O2VU37B/LKfvXzeDp"
    "X/37SzSl3sokY/L5qdsffRo8XaIXTzedOfXG5Lcew5091qfBwyV6wwwtV+NVVsbktv8ru5"
    "nFLOlkiDdXpKn0LP3opqfwtiXE2pcxWH6Mqe71LFLv28kSkylHTPWl693f9O9/Zq+LL89e"
    "nm6fvz26KcpV/Nrv/caLVbya+G1Mure3g+uuqF+hW0LV5kUtHvrXn/0xTONFjJHu63rT4y"
    "/TkB9jCgN7o2zR2XVw93DbE+MZdLHk2k9Gv1f+LI9Pw3u/dIZfSqkeL6XjTQoWbkhKtsb3"
    "X3Gq+tR0BN9GfQaSkjADxWZAvObssQq8AwlJmIGChUuKbUGw/5SAPf9WqkMflQLkoUxMM2"
    "dgqa8Em3iBGX5KVklasnU0k/KVTa5he0vJUt9GgtgIAflBifwggui2Jg4orOyUYOsWdvkG"
    "9xoz4dophPZasnVwH6j8VICbPp3a2JE4Ox7xl+29b2OyLUB9G4mk98/H2L6SYvisOSS3g/"
    "ufw8uTtJ9EgQ9FWibwMVUW+MRbsRVq44Uui+9mo5yUA7TzoC0Sy4pw1WKC1TDVKo0NtZeo"
    "JizYAhO+ESthumsWmGjI9ObKvwj7WapPcVwSZrnOs7wOvBSpjZmQhZmu9UyHwbQiM52QhZ"
    "mu80xD3dO26WOSad9W97RowVNgZdcvhaDlwBYp0Qt1eXeA6vBvtSKoMRkAdWdiBpQuC1fQ"
    "DpZ7dr0yeUbGcTJeGgpugYSX9ee+BIBbnvWS1IxypL742yhAu6tfbfRro1xlL90sURK/ug"
    "pEP34eYmu9DcjBjnZNbZhFk4W4lCO5J0wi/ecmGKutWOFXXA5QvVfcXpR4Ld0yQGpZ4eGE"
    "beM4+t57k4Dpzh+qrUgFbLAykHrwh2orUn4uRhlADcVI7cWJMzz3xGkoBmk3RFpQhbAUqP"
    "YoTNwMxHjq0d5I7VnCuQlI8RBwCTv6KBimTTApJe5L2sLTWTamYbnrUi2ehpiYcYXCxkyn"
    "0AyLysqXqcP1IMa7DodrCWJFykKszb+s8hBR+3BHmQgtZpfuLunNpgo5+iv7rYgSUYNaDP"
    "MNrz1tYHZdB+kOWtqmwS9hN7dMPOVFrJOltMNL/jDcL+frh/jj7PIkAWgFtxwTncnTBeW/"
    "ko3Gq4cv2b2ojZaUT2EHvZnunI3pILbAsCUKcOsLLo9MgmaYnKPfbNPlRb79At0uWhd6P0"
    "Qx7m2ZNS2rm1FJPs2Wqt0mUcqqCa9vYSXp8rNpDLYrqYAbXt86RnD5+Rxin1LBdi3QxpV7"
    "iJrz/v6vnvkYl2tTUcOqUx/Ft1khwL4RaE22aWmEBV/lUeQtRWWAsFCP4pw13RugveVxw7"
    "2721sesdChH6fLMmfXUbxdtuwmbrjbkB2JElFobjoutVeXiPdkWjHkdOKY/Bph4hEq7oDY"
    "SMIyfJtTNDWFcclP825R5yl7tdSRwW6stTKSbTfObLrQtlUxk09CQqx1hk75NqRLC8AcEw"
    "KQd4IMidKHTN0NWW4FsoJikpAtUpdskTzZu2AclG9weY4qpBEJsGDB2qrM2kqu2hJAbTdf"
    "OfKiltATvGQD9hO1pkNPwCu3YdcXdHabsXN2rWZ7udss8wApg29mPnu2MCr5AIgPkAqB+t"
    "y1s0tmZPpRVG5wLnTXmGMHMXt16fB4pn+VH8nkxSLSNu7hbzkmXcRjaX7klVBk0zfe4pjO"
    "ZtDduIZdCLLjpLvLdZcbMz0EzCef+j9/0n7t3j71LtHcfJ5rr7rF+393b26GvdFIG/ZHn9"
    "kS96txabbpvIzJx/5w9KgNhje94aXfqlsTL8CYXD39qzfUhr277pBJJesdHd/cw4SDK/Mf"
    "bStzGJGCOocKdQ7dOVs0YtNXLx+cFG1NYKviWOILXr2xl1PiRMputBmVqb7R5snfZx4R3m"
    "O2gZiWaxLnnN/vPw/lCNmC8UHab0INjex3pJlekRCjbTU0wrlTraGRkgNrfqc1v8EMrM9d"
    "1mdyedXPBhV5fFn2Z5jkt8v2XCcVlts6DkyzI5pmzounXEI7KtNGQuCH97lspvdbjKb3Sa"
    "vpL1eyj2au3uBqcOPL3PjEdDVO18fqJlFatk0QQ2enr8wwtUzCP6WFmgulZeFVKDwRbL/W"
    "grK6art8VKo1b0FpWz0HKNpPUAHXqBgAmyZ0PzvqW0ZUqjWYVrxTALHjAPUUmT2iVkxxLQ"
    "B4Aq/jOLwOtgZLwHTkj9JSRDfvaUblxGyPWrQqiIPtV1FAYO/SIOuR2uPMlFRQ0bhtUEoZ"
    "lVuTNDGEolRDpQy0wkIqbcPr4H7tsPBalms7Uphtl3c7Wg4uH68qkEB0tuYvfeMgfeZi+5"
    "2jW9hBPASvT9EEu28YE1EjwplTZvDZIpOH16vgiUBpYpQYRIxxJidYVXTvMfmDj6Lp7h+c"
    "YMVTj/wqG9x5jxxzin3yChL3Mt1LNqY+m6EZZXcJ78ceLHjcjn/b4DGCi4QAJTgndev3jU"
    "Kie+xlsrWQIhQ86cl/QdpTLdOeEtNVhA2WGKLO0YeT0afBwwOndwXrfUxGj92PH4NXJPlW"
    "54lM5ClUkF2mIFWkYEKnkqDElt57wfV1Rr1gzOeH93liPuyqTHTFuSan7kDfvVIyd8KPkO"
    "KMR8Sge1N9KEjp+YWOKFALoxGY2gtdDdGNACxRyB4EL3M9fCidvbzM0AYpJ6zZbZDkjWQg"
    "LbOUtMzEB6sERFXrdzcU2s3Hun5k47DHQ5ZTNtIDYpdTNtp5AljHjfrWd7Z4AhdsGqhS6d"
    "yNRAu9T+UnaUL90SPzfPAXF9tEtzQbSxoCZK/zpFyh1Z78ph13LzlwMeNnhsObruTIjoi0"
    "rghV+XsJ9VyN3W6KNUJVUE7KtQ7q8tdysyIG1W7j7Q0ZgPcTvEs1MSv3qQR8rO5uDbHgD0"
    "+GCloGZpndm46Cu6zuSBfD3Uyobli6ac6eVHB6fPFL9DZfoVNO+BH1qjalnaZnnTUFyb9W"
    "cISm2DAdXrJi3U+HbfkOlVRRPvwtx+SPBbafueryB3q2qbd0/FtyKhM7zkaiiDMAeXshSn"
    "hdKtvAFjp1GPB+0Z4OEv8Oyv50xFVhP/AzKFNVQ6/EtlLBu6lJh68ZnML6ZL6Z7vzVqnq3"
    "N5fizRmTYe+21x312N822+l1B7Nj1937697tLT9o8B9qBWWbjm+I+O+mUhmeiAhU4Ympw2"
    "VU4Qm3SDVH3kamuhelGoPwu4scS/67i8wlz08lcqyDD5SmWmQ7Jdg66xuqbYMBHruuuAHO"
    "X5ZpoVmPSwJzr87MvXCuVKuHpeSAzQMMPvBh1cax0tmLIbV5u0uAtt10ntRGWCvqSbQHuM"
    "QFlmgRnu0Ci/YmV3CBee6EfuGFyJnZzEWFq+k3zDR0Fz3oK+QPG/iteNbexrpGHuFlzdHC"
    "JOa7pU2fbX0RXHgqxhL/Pusgh0pdYdXcekyiuXtsBGZZID6uaEu2Qgv2smw6XZt+nmBwI9"
    "5ZWzQ5C1uaOZi4aLIK/HHCW4z+pBNwi9XQLda8+G+D2Qx190FKzP0lJlMOmRriJw+9+5v+"
    "/c+XKJAfkxum+F+iKSV4TD52+8IFOdPNgv7HkpMldbatLZZKLYWjIq2pl1SaxUDwF1cLIC"
    "pgeUvEKzG/q9zZ22R9W7rjati2qcSE2dZ4PioFPsw8Pkw2afyRFVDeSLQO4fJd8uAizoa+"
    "vS5iaDjRtlmXfLVSNZ5q4dVsvHGZ8mmqOIh2+j8HBD9S9p9Dez+POg0H4u/t5XALCHoSX9"
    "uGupftZotwBHc72O6YTbhCz5T7kfjDC84XJ1S5zHYMnFohJyzdY1Dc6OwcXevOvOMXvZoi"
    "0aNNcMLm7D/vbGzw61OWZoW3HpMw2w05nmFgdqXuiq6Hf0M6Cs7xsl7Ue55H/Xv/G3UtU3"
    "jinMCZxkQD59rSpq8mfzbePJ4d4ZfQtzE55WQ3+hZ6Dy/RHwmD6g80ZQ/JrnWQbuMsh93Z"
    "mlXHrPRndht2mS0ehO/E7DF4xTDfc7h+EtEb0l444OyrobPPn1tFT19MqL6NGmtjQkB23p"
    "Gz85qRf9rYjDGfdam2g4QSrYP3ID4e/jVndswr13ULVPKXirfGRV3xZmLjV0yYDrPUbVl4"
    "YBs5OSEIFOWYX6AMinLd42lpqnKg+2NlYn86oDZ6ur7u9W54HG09ahmhtfK/GJDEDUncbU"
    "ni9uEq2JZLIgzf5WLf5dDhoAXmqcxfkL3w5dKw/Hcuf8ebLDgHrEisJCkLhPr6BEfSMTGg"
    "xAAlBigxQImpv7skCDkUY20kZOGbVOd3Ctg52e9ZM3kawM75Gmc9DzsnfGNVEzpTcpDQCQ"
    "mdVWAacDjUUI0LwVKFTheQdnwE7bjktGModl9msXvJJlvWio0Uq28nuPHvSw6AN+pTCRi3"
    "O2M+pWnWKmPep+mGu0cmjzeyveyi82q2f21OWu9jJKFcd14cwa3lXNGFIN0Kuq3IVxc56j"
    "7H1uWs17nuIJ5+zlaXzVmmvBLjkjN0kwzck8R0VnDLMUlgcXaJGG42fd0QekW9yTBFfs4W"
    "0DcOO0Sm9K2DGLI4ZNr6DXr9CbSBL1tDvmzd+SUSP26wLtUJJsPeP56Yze6XiwzGGJPuw8"
    "Nw8Cs/GK5yXlfyl951cOGf2AjvdXQWBBATD+1pF/6acCGkgb6i1MI6yQgOJmUTkE+Y8KEw"
    "Xx+p1r9+NRjcxrxtV/0Er+H+6e6qx5a5mAR2kenrDmkrGEpFQqnImqjHDfU5Q6lIiCKmIg"
    "tF+j1niYO3Mf3Z4imQVoEgTkoOwIUgDrjHa+sKU3OPp3bQEhBuewvjrK9ODpfuZjMFl+4O"
    "lFPfnZq5dHlA6NYk+ETqz12f7Wx35vLrNItdCJ132+Wv/MuVvOKZqAZXgx4gTft0XGq8KP"
    "q4IlIVerfCFdxY55bBDDz1ZKqoVGuyDSrOogr0NhcvCtkRGznYRGpAXWojnluMs+OwbOoG"
    "8p40G6mBtnm9y7J9+8FYLQU3tR/GMB72Ro/D/vXjce2GrVSQxDuw03pQo4J0CRredS+Rm+"
    "Bn8KJp+mwWxpY76JnSqYMMyttscrLGaaBRIWqjN5vhi+hsdtYJ+BzPFDviOmkT0cPfEcyf"
    "epk/fItTrG22loDCZomgaLqwGbBh8rFh+LHrXv9X/5iBzeC6j0/3N/4xv4pjctMC1kw7uQ"
    "QBY1DZwI3LgYlbzMQFJkf2hLSXyQE5o22bdQm1Y1vOKDA7gNnRWHCB2QHMjnp5toDZAcyO"
    "RqO8P7MjWmDccfRnLHGFXAWSHz8PsaWL37J957jzh2oP7hLLd0+cNv1GWojQmoWzDz5R3k"
    "9LPkP/VoqHbPDEXwz2pj9LUmRCSMOOQruB7UXGasnSUwwcjebmUuTHS2JG63OdbeEiJ7gK"
    "mGbtCrWE86oYb0mIQdBlZ9DF0G3blOnR2SBHRFrnoC8fYL4jvbAHUFzJCbHWAX2A0tG8pk"
    "KxwtExSXDJ1sUlm8cRD2X8DugntKghdFg1aBNS4C0EDyx4YOtjpHX28sCGL3cJwN5Ghmop"
    "tomtMIO1CfXRjlQfrVQ/Weiw+Ko9ZQUdQFk5h0lMdzuCIO+whd4gyDssS+806HOBjp9RKe"
    "AJFuMJslWp+ckNstJm2xZzTKw18Je2pCe6a8zVTKmoCGwTkLdZMbprXUUJ24QUILvbBeBE"
    "Yoh7mlLRcGTDQM5rTyUWGKRxHsrVsjONM/V5KwHfq3CclmIb/abXKjv2Srf4zPSIa69OJD"
    "Zu7Hxnm40b0PcmvoDGXlXbzGnrngyIKBZOnrFfodwf6xvHrxI+ffeqWx5PURVDo1Om7J+l"
    "s16LDiKxp38/2RA4X0yff2Xj2cl/7WNob7NhWmZrV2K9ZFvkbG3yM6qGZEysTRpMxcZk+M"
    "YUSZQNZaujFKjDf/I4eHh6YC8WXXrLMXno/usSLfVVmOUa5riOSffml6fR4yXSp396jjsm"
    "d73hzz2tf3/J9ib7GWsmCY8Nnh7Dg9Rzk1tbHsoC5MYelBHy7cVPefC9+CkbYH7u+HHWev"
    "U8Lr9y2Uxtwc4Kr9aaxaUOTWBaMOWIZmzrcnA3Eu3bDUrfbI9HZqnbOi7dAevbI/rMZRun"
    "sk4oFQfdsLBuCIy4Q8bPoNrDV0gyLZLsv3+Gf+0m+LDO+uoTeusGcF5XZ3Ya77F9nde6jY"
    "d4wfGzb7BlvmK5z1N6XWeb79NgEpodiPBfzGXUvJ9sBBSOIDo3UuHONK0p+5f4g+++HeRg"
    "4iLdQTr6DV/z7o2ON+GjTTAKMnN5J8YF22JEO8YMN+kh77bDnyruEiyP0NszZdczLMC9Wi"
    "OdLdu9Gp3BvOpbRAQ+N0o+UzmgTfCT1sa4DrYXqU6cEQpYS2zThcuBusoNZAuyXJVNZgfi"
    "xdJiv036rm/JDoyLtXCJHiA/sOblRVOL9GSJyZQjpgb4yUPv/qZ///MlCuTHZBQecSJHHs"
    "Wf7ph87PZved3QmW5avJLo6HP/4YEfcF5EXmQ9YiW6yxe9K5nAzE9iVAR4k8nv4cJ5Vtt0"
    "1gLgzN+921i642rYtqlSan1cqnVO/YOUv+WbWJGk740YtFOtT83NtPMNXK7Zb1d7Xa5QYL"
    "dtsy552VPlysDRXpamB472gzra13z4I/nZubPvROZYFyc6OVjEwl9o+9F2SJVt1Lvd2eI5"
    "Fv+bgjXb4givb6ELqfxaXgwOaU2RbHg3Eq0z5vKwNbO5mimm5sS03flUlyR6Z/uQozJfsx"
    "cZTKTsNdtMZRlYKaAs1wTg5ivL1FuKn5zWlv0zW9VlQ1yTtxEl8i9Hc/ZkaLISPA8fmHP0"
    "h4P/+oM9HP/LiWbPBbfgOXX8+jC4h079JXDWQW9z05ijhf6CHd5yMhmRqeq+Y7LE9jtfHl"
    "nmwnQRwwO/c/TZFmJKOK7YQNdvAXuo/dgoYCrsaSoYbLGr6LLh9a2rqnzxPk9U4n12UOJ9"
    "Oibxl8KCDa6u7nP8ba1XbJND9h7xHBzOcO6I/dP904gH3H3pMQn+Ev/u/fOhP+R/4i9L06"
    "5LNP5Vt0z2CbeppPTDdosjLtlCi6MhFkau2Ju/5pwChmVcspppromB3rhZhiTZsj9cfOsu"
    "Erp0ynTFACfhYG+MQz3bUFKeNxIVOoINSzcX1XiDy1cxwKmZDT04NcGpqfI92kozz8R1O8"
    "v860V2i7s46uva02HsOycfIwM2DOq8juPEMstREw+c8i1IFY0v70zvfPQF2OWl18KlBAXg"
    "m2g/AavlKKkK0cdSwDgh1jp+y0GSFVpfuK97N3jiqWX6gno8ueymP7r2j0xNx+DH6uHA9p"
    "9PvVpRXK41WWUV1ygK14I2WSp8LRNSFcbL3rP/V+tPZ0R5Yu/NGijl5S2ThkVebJG7cxs7"
    "c8qklachJQpzUGwO/GjjVF+p5A3HhaAMWhastQj/1gzphrhic0U5/LlyJX2r88yxK2tcDT"
    "Ncqxl2qatb2l8e+x8Vv3BcqjXfptK2R9NxPDzV1uZOXm9QQgyATQK7xLYWuDQF/VQBXJko"
    "MO5S9U15xFj80LS+SqmFdZIRco3KJWCdMMFD4Ro6Oavd568Gg9vYFn/VT2ii9093V73h6b"
    "dib2cXmW6Ggmo6mm645qsq4DE5ADw/4FAeGcojA2ejrbU66vZ+NXPSJbZDqlSHwSbhmdqq"
    "u2hcCvbQnYySELE0yOqMkshQzcI4L90hsbyUCQ/R5Kh12l9CKwsEP34eYkvPiH6m8gsb9r"
    "HKwvvfh2SEBGQcCRNkQ9PZVdYEiB/tIn6ExWoUUxUTYq3LWCw/Hk5M40WZZRORaR39o3ye"
    "jf7KVrmtebalAnJcqnUwH4Rls2QYKa3ktUD7StseDmBtrjuSztQ7UF5LlQJ1jfbk8jcMus"
    "RErUTzRgLQ3YUu+5VUEd6ICOC7C18Lv2KlL91aoMKPHKH2Qreq+dSVr7QtqbhTfrNjIwCx"
    "xaw2loUbWAJVaz+6nGAVOEtchLcoEYZ5KDYPDcltbuqe7TskiwRL4pLtC5Y0NziSDomJRh"
    "4WfTZJgYlOCcNc13muIeidvZk2M/4JQe+vcNLzBL0X2H5mM8d+KVUtUZEUhNB3jtq7a9DS"
    "UB8u179mIOdP9U8usVj4mz0Gun+6vc0X/hb1vfaMfg/saZvwljoLmL0ZdqEuDtSVP1iPjZ"
    "WHm1G3j3wuwKLtRvYgVITtTVoJEVBOdkGkW6bu7Pu6+R+CLh+qrTi5+nMpID3qz22FyHeF"
    "l7OBP4ixWr1/O95kPfieaI38oSb4mg2FG1lF7Ij8OH/fyiTJrbe1nQ3AIntpjsYGhHI+HD"
    "LYr0B+KwHeNiBsJnCJdIKoNQ2vYKfY5chhT4icOV0u2QlfP0VcP0Wmi075BRZ+1o0VMhdL"
    "aqcKg1Ry0zERlzhiCIfJ6fzu7B6CrHB2jj5Sj4iWClxUpOaJ3glhEwRKX7wlsswXLC4IDn"
    "PiWVZDBOATHrPnAX8LicSc3NL2YCPSOh5h+S3SGhI9iuw4DYwhgcc5G/pmOh+hNG5tfI5Q"
    "WjSvv7Gm/b585B/01TWn/2dqyuEFeXTlpb4SyQS524Ax3fEd30GR47KFM333qlseRmyYBT"
    "N4hHoYURe5OmkS893Sps+2vuDK65uDTjkamEzPg8yWcybNBZlOyvc3ps46aY25ohuPyehT"
    "993FDx+Q6aAXvHQvA/WYDc9OY2vGT+hognWbq8PsSdjtTd1CM2pzBd4knnsQDXkbSahlSn"
    "IlvKDt7cOUKeAxodap0+WTaJvVgAcoJGnNLheFBPrFtHt+69lhqXF6O9jA+aAGGxhs4F3v"
    "EtjA7beBefg20/4NYrs7bd8wllxuVYXfI6uM3QFaQR81LOL6ayGvFRdcXllb3QbHQ0BNAT"
    "UF1BRQU0BNkakpD5xkcS26lEr0lMjZPIqKX15CVKLN7af/DbOvnMtbrdvoFdsme+5pSP4I"
    "KSdz9lM4ASTknaA3050H/nXk+9epjXw+GfuF1A1YJxLv/CFvNyZ8S1rormnolrVCpzqysb"
    "Fim9+aPPNGPTb2XCdT4a6n7I9NIIA9wgq5FL3NKX7lz6E74qpAlm11Z+eo747Jm266jnDk"
    "89NzwcBhA9A3Ev4+3RBEGT4aW5sz0150+DNzEfYuzmb8hPj57Feyq/0flxUN+D0oLuxvgf"
    "7tQF08qrp4tPIvdduAD+3+Z2+L60nolvkahm2kK9PUT5aYTDliaoCfPPTub/r3P1+iQH5M"
    "rgf3H/vDu97NZbiH8C3u196w/7HPD4bb55gMex+fRvyQjWfcI57cd4GjU7e3pr2K/xQb5r"
    "Rgdn9UEsI5dQ7nhAqJYu3juBSYeLLGgMFboFqdPyUHIbM0uL7urAZsTAaWrARVixoi4UUN"
    "14QULNfdhdAjViA4fLY7fBKfGrnLJ701ALS7oY1tiLuB3XyYSgD3yWlTQn0S2dQ3PKN+gW"
    "zzLQHc28hQ7QQ48c1RLg9xUE9wJIVW5gqOZ9ju9gWnsnt3e4MHBCNjrpNnHM0y/MYJfK3n"
    "6IE6Jm+5hYJhfc/sHyHTkpI/kG5jZFGXe051F/ln0Mf+x8F5yht8+NvtCLuH/eRtPNvPnw"
    "qca36uCs41W+5KnTrX14PmLtHcwxegiG81lK2zG/uk1x3eXyKs22RMRtzFeol4iVThM/21"
    "Nxz1uM/0FdsO5kcen/jVNnY9fn3vnw/9IbvA31TGpHvzy9Po8RLp0z89xx2Tu97w557WZx"
    "Ii/KSZJDw2eHoMD1KPXflxMPzY67NjM2rPsJnK8z6Of9bGuiPTG7LjFxuJ9pU5vfgpD74X"
    "P2UDzM8lytfXkvTcvDhcdM3O1BbsrPBqrZmKW1WejWxH4H777Tk20l0h5rNvHuJbEOY++I"
    "zi6frMlbkRdtZOX8uBogI9ayGRpC5QtzdQCwzNst4lYGgelKGZp23pIR1zqWptEu+crKLb"
    "ThedEwoJdHDQlyYPaXPtKdOJ84ZtzibU0Xq4dwvsOOy3IBcvlhZbKucBLZFzFNfVEaLl7J"
    "BuWfSNn0Sh7NJfbQn6ZjU3HhPdMERNhT944QTTdf7wC485yD/hCNbnCgsiacAV5QCGg+Rx"
    "/oXPyJcckCmPmnsTmYkUultycOJidfZD1cbKqzudshSnX/f6uvfAHXVir+COvV9614/csf"
    "cnNtjfV937SzTRyZh87N8+9obstqblpve7o9Emp6ZST7OIRGtaPpVm3PiLgNko4gOigGpa"
    "EMAFyxEsx1o1foFZr7DzC/gLwF/QAH/BkTM6u37q34nESxCe6mxzDgSpgweoOAFG7jHrbg"
    "eVNvNat+H1rSsRWL7FJP5XAdrw+jobsbXxGAh0pODu9heEsnUG+qQ7Ymcuke442B2T2373"
    "qn/bf/zXJbJMfWJaprsak94/nsQh/Jcn/ubkofungDxEPCzIQr37kc8WwsTB9fAlmI7Gvh"
    "7mq2QGryi1sE4yNvWoXGL2JkzwUNMX7krVRvOvBoPbmBJ+1U/wEu+f7q56DHsBPbvI9DWN"
    "tEG81G2smhUXk4H49E4d2cerBB05oo41C+C8OnJsZSnH1MpuXdc6uON5GCbZt4nWL9SziW"
    "7dspHq833cH6VDGltX3pTZNycSWys409lmas1MIrhXE3Ftzujrb/NNxRa00Fc+oRhRwpsx"
    "hXVfTMLzGShx55ti8sHdzoO7naUTIsodWhr/jKYLBSNqoakhBoVY6FHNxOSc5LVpknJ1Vr"
    "lrYzj6C14B5bVAC+Hdtm5DdH/MBPfHJLb6QqzHmVRr2JIuFZdrk8+4kswpiNJ83VGa49Vi"
    "qN0klxzrDt8KVQp6Sg5M/J0m/nGS2uu2gsvIat8Y+vK1XALC7a7JkHp9a1U0oBd4myUGcG"
    "/jiN5tAQde69y9kBFd8rnmjYIDUT+F3zddT7nbqYPe2DM7HeS53ItuYuf8/Pysg17wCk/9"
    "TH5eRdXGBjY5o1d3Xd2Y82qwzOTlX0VZ/diKbjwmb3PMrW6//XKAkl+1loFp01fsiG7KSQ"
    "M8xDHTAgfjGozremyAhzauw6TPtOUhBzm8fs8k0hwwV7mk1ZJIwWg+stHM25wu2GZNlTIR"
    "4lJt3B3ydAX5NrsryLepriAMMqy0B68FWld6onzOxgIvqJJbM7i+ddBe/PBDDmzZVZngin"
    "PNyqE5YEnyh8HokdcZD7VkP7PGrzzOc2sKlh4vfXeBItQF9JGauzrTeQj+mtOK1DFKCMLG"
    "l2fjg2yfbPSbGVHIk+0DpVeg2nszweVVQ+W4brOlo1ItQrViQxrikBAqq2E0Rz1UtvmMQa"
    "hsV8395Bc/R/lyqA5/0OrwOKwXvieyATV5XX68nQhHP/170OX9gOIiLOhUnBAehHC76/Fa"
    "tDMflBaeBi47QB5HN3eoXEvMcp6yXY6hE4KnYeiZdwQ1ySs1DT+ITdYh7dOHm48d9MtD72"
    "d+zcP9zyJ8vRTkb95ylEc4Jzq7cB3N5k0l04Tyam4JYe56hblnpoVVc2KjMi0MYB3GH0aJ"
    "y/OrslNkMzwjCbkW4n2AymXmf0tAztwrwsvBhJQY585cv/jhg8qS3UjAYs2xWPnWLPM6Ed"
    "1eZbJfZG1KJivXJ+U1DOBt/qPbwVXM9c1wvOrfd4f/Or3r/vMs5v++Hdz/HF4fdWtf/eux"
    "14XoBEQnTkJtXEmRjAvBJ0Ka7WBRvUhkIi3YIif6oZy4kaIhezpqIqzvhq3g3E6a2Mu7u/"
    "9kZEGCi3FnskPy5a1VtkOfvDK7idqrX3XL0wMQUn4dyVWdbY4dM7xeew0Fcnp07ugrQ/2d"
    "/sqWwjNGBvu08fLlaPT5CemGTR1HuE6MOYP8EvHRMefoov+N/nJXyPTPsjXiCtG0++YA44"
    "Ovpl6+GjZRCqgGV0Mh4qS6sl77arH+mFhrUK041O+8eGoq4kagHMgbv0GkNEOVz2tsItKz"
    "MCD4kbL/5NRvRv4YjZqCvNrNZt3lCe7tpanE4qUSHSUZT83WTv70r1Rq5JyNnLQmkMNuYe"
    "C1Ozr4c9+2KNATudwNN1uH8MPWRCnlIyrTuhKz3+VJKPguO6Hgu3RCASQzKiczQhbSQbOQ"
    "4pt27kBOXKyF0ZzyX/7NB1EdaOhNlQFzOmgGAZxs6NsbwIH0kurCDMBlLp3LnIcPCqWBM0"
    "A/KAc0Clm2BR4iutsAX89iHqbnFE9MQbbUkd+d7xzdsE8PcdgVyN/EHMRWE7LxktqugwzP"
    "RQvdfjYJ72Y6+vzUQQab4GdqrzpBcSNensiYczqnJWN6VnHLkqMH4CKoykUgFoe6fzwmBv"
    "7xYv5x/21UBz8uB+gXQx88NyfKnptgy1cxdyMihYzdmqmJhy6OttRtl8ga/W0rgLQWaR/C"
    "UAOpWd7HsCKikskeFwLapUxXCBRwRV9IXAo8IbWpBVHT9frVFINo+aqumnrTQji3sbKPkz"
    "xftz2jxOx5iQpRAr75G8s1Fdq45pQDXCkVTBnYfGSwmm0KpbHBZHpZCaBeR4ZqJ7IJdTQH"
    "vMcpYtRQePPVMDpOhsYtnj5j+0aXkh43JzvbAi6WuEyb6quc4ZYb3bRWyKUuO82rWvCshy"
    "Bqg0TURiRNBHtoENrohHENv+uD71tBp+/R/0bjk/EJeptjHv8Q8rzSBSKU4LNOKu5S4b3H"
    "RNTjmKxE+V1BCF2F1Tn4EfZE3zhsxejE4c2bKUm3p3C8xULnNNKzc/Tw/9122NUme9CJbv"
    "HTnfAfY+LMMeaPq1uYD8nG6KBfu48dxKad997gDx42pJyb/FetEOco8IdxMHsqx+V/MUDw"
    "K2bn+E/JbkoZ+lTjn7nEOo96GANXGPBTa2TubQk+1dYFf4z9PacPHjxshzGZG1aYsikJWE"
    "cIGdXZ6d6KiFGdAT5AzRagSABF4qtBf6+Uw7LtxdGLt9VkDM53cliN3Kuzn+Xo2zyC+caM"
    "qnd09s4/srHmdlHlLtGzyM1fk+tyWY0HuO+YiEoB7ApmNIaCETvtHN3xpcf+D0/ZfV4wWp"
    "voqsbaxpuW8P5kWHFgutVmK+iA6QamWxNsjKMXGqiBatACpkmrYQX3ArgXmuheAOu3aqUL"
    "rN+v3vq904m3pUhM9HQnT2uChRBQKhVz0iVIn/7pifAh8mOKL3iFhckY9r1PxRHjNzq7RF"
    "Nbn7m+ECUYeQ62O0GXUGbmcmszZQNXdeMx8V0D7Dyzud/mmN2XUG7Prm/DpRCD16avzNQ2"
    "XXS60F+w/c6YY3Z7+wwq59Wwch6Ypq2syVJZyslB8iIyUr1/GQ3uMzT/UCC5LE3DRf+DLN"
    "NpouW/BVgOBR95XZoixHNd/T0C9bWk9jsf4CoBu/CkqitQMbE2uVyqrgAJHdFL7oh+APsO"
    "OqIr71V1qqUTYgId0Wv0uYeSVdnoQ8mqrDmHklUn2Z5e6IjevizYeqJ6DD8j1GKDvtJ1gx"
    "f6StcgM/Y4AYgHbJs07quOn+lsCzsYFnXYulmKS3OXxvOl0IISd84eiAa+/4W+QhPRZpid"
    "NInDliQyJT1xigwArvt6ue7F1Cm5oUOB1pWq3wZkaJT+mGmS/pgySP1XsoA9GhUEc7RR5q"
    "g/dcrWaEKsRZr9weonh5CBTrlLZU8srlq1ERxh17XwdGBPhS6Q0n1i57dqQI5/pUb5pfkJ"
    "F+Jy9DZnGKGlpbszai+QjQ1svvKRkY78gRdMs0G2R5jKg3UbTy+Rvw46yKFc8fHHMZ3g8i"
    "ly30xDyrQ47B3H5NR9o2hm8nwFBiZndPgpDQvsi3QQv4AN7ITkDN1FlL0ge3MrxPBqO19U"
    "BDqQ7dTW9IUgpitHV+NyEF4tHF6d4QKtDSNCAP0+1EwI8Hx1GjX7Tql9UTYCbXrXDqVGM7"
    "RKUKBHa4Vl6OWp9lQ3kPOq0pu1VSvX4Qb+rA4biStyKNL8WrU+G6JEUpBAy9VP0f8iVHfX"
    "By08Y9qm53bQm+nOmRrMlM833UEzpqBMZS7GsoaFfhm1/s5n67w2+17IGmpmfwHWAq3Jwy"
    "gv6vzFxaKFjloHvYRY6xhJ5ZcwOYYtXDMHVdlrN3SWaEWt4IwBWrNLgC38VeAeejqVsU8I"
    "Av7F8KeeXXgLSsvCLJSf6JCx/A+e3HDMFKo8GsxFtgZzkdJgCJUl9WXDG17fOuXwIHR18G"
    "uBX6vufq3r7ui6e9M7vluLo7/VqxVMTy6nFo985vNpDUgkQhsJygqPk40ZrIbJA6/6s86r"
    "bCP2cff9Uk7akbXnWECbq1cgtp5FcI7HnSs/S5K/GOLfChBHZUANyaOG8KCnNrPpQh5Tzc"
    "jviQrtWcOhZj4rtRIOAghX4pvegZ0r805/VciJyJImkv4Vvk4JqdaYzqW5SBe6a8yxygc/"
    "IgFwphIgzdkM25jZCBJHQ3b6Y1wKYAUHZr1cZzPMdtEinnsHkN8PefxlKQqRqKOflIQZKD"
    "YDPuW5AIkwJgilV+pcegWYotkvXXuZolAKBKpVtIYQtyW0Afn+ke9V2Z2woRRI6aVAsoNH"
    "O2t1XgViHz8PsbVuJbwrVhdSnBv2ac7C/d+HjLF1vanp3tLnE0l4bX2usy2ypvOrNIs+5w"
    "uqZcMBBO0af486W2JhvGS3aqQmKtO6SE35bGK/ibQKwBuJ9gUby8eXfTVMd+VjpAByQqx9"
    "SH93kQPp7y4ykeanpEgrph9EhWC72LmcJ3jGdNU0wtm1zzcSexU/r6cqK8P1ILXPef8LSV"
    "vgbNjXAoB6cdRfTV1lMwkur3Ab0ZdmNTtJ+Swcc6kCrX916zbo7/MQb77P5t183/Bi1ZXq"
    "H+11UHObR801HZFokfv0UJxvz5F9fMFrF/PaRZZUrQqB9ad4saQuJsZqiA1qSyuhpi/qbH"
    "NNmZvLNVtcfwAf1e8njkF9++8Fr6CZdjN8Vus5y508Fgq0MHesfAOUvwkK4AaXtxDaby9+"
    "yqOSX/yUrZPzc4ncMcx+qeNqc91RKt2blGsh3uUv5aw802ySYlaa6debqBdfvM6S3UHJOx"
    "WVgeZ8e7hKmmV3AjOquOGZspOOo9Y/2HRBg6lINzZYn9yqxi/Dy2oWYf5aVPXDJVGyuVbR"
    "X8LrW9d5oPwwm2o8vvpYfINVwhf2u+Tg7u6wGsrWGeiTj0+3t9qwd/N0/dgf3LNB2RCaja"
    "eeIBWMyUNveN27f9QGHz/y/qu2wfPq6Ww2JldP/9LutZ/ZuHeXaOKtNKKxzVZbjMld7+6q"
    "N9Qehv3r3iVa4MUE29rSlhRJzzOpF+/z5MK+z06FfZ9Xz69v49yprc9cxQjIyc2w+/HxEg"
    "lZPpGiia7WfXgYDn7t3q676Wrsc2zTV90aE/8cb6PrH5O31h0TNhQ/wORxoUa75U+pO2c6"
    "1JxaBdJtUqKQb1Ms36ZpFevbhb6Nl1hm611RamGdZFnboVAC9gmTOhTu6yPVWtlXg8FtzI"
    "q76idAvX/i363Tb8W+wy4y3QysI99BbSIJm2eXpUwJtma5l+Y14qrEX67EqZyJakQC4Exl"
    "ANsYK+IZFQFAU4UXfH2Wcv+R2m6bkIQtV2HLDUoqSbT2bF9yVKZ6X/LJ32ceEVYUs45Myz"
    "WJc87v95+KenxtPcwWNUSijmZOlaYlKQdTU/rUMBvVdp0Cvv+YYPsoZw3x9IcgbeWYMeu7"
    "yAxHxGB+6zy/UJT3kNXwHG+yMN1iAdKkLJQIqfN7FLoyC0x0QhTmuc7z7LunNRvrjlr+ZE"
    "oQdtA8OygQTLLRbxfBJJbZsJwWnPW4JMx6XWZdsrkGTy/5hqpWXEoLQnaLxLnFfvkzzai6"
    "lF3NKi4FwGY3EoZCYYeo7bo2g1ThlUgCwDuT3sL3PQ20cuLbdWSoZmGcu2RVfHOEemClgp"
    "uzHljWbgEA7wBYskHmgDiibAHCOxBOK6Z71LRjg1mmH9Tas7Tdmiff3QzZQFMoaxbiBSdc"
    "vCgLrj4bq004VZKoEV1j23I2EmsxR/qGlnwjdnfg+o33cae8dVY4CHJ09oKyY+Kw6JB1iX"
    "Q0NR2DEwaDdvFEdIa3sYHZWOlmXOUNC0ULa82EzM49gQSJQ5YrbBjptyWrHdzw7XXI5nHD"
    "i8+WmtMlKtKm9600f9ZGe1HCNSkG2O52ZYm1WIKNOgjHaRi8ea3U6Dsr79crXcAlIBtL2G"
    "4pusk3N8NJeOR0emHabjPPQts3j122trl3G2SPzP4ZfX5ymG20sZ0M+optB50SZjtdIsz+"
    "WPGLOsyOEgZT6HY966A3052LYz7tHYkEUPTGTCeMTBeZDre/0gZbdbeVVviKvUPOi7dfla"
    "+vxcI7WN0AMXvq1kVMrEWhpao7qIFGdLjo6YunGDRdCwCeuzVM0IVK1IWk2ib/OO6P7cgf"
    "paWobt7ZWumW12JTuWMKo/8jU7pl/IKtuqW5WFLbDfYpbeGL5FQxu4EvPpBCdMa0Pgs/68"
    "YKzUwLf+Mgf1w0x/qUa4AuRde2PrUw8n9qB9nYc9gQs0ATJPiLK2TTmuXB7yZVKMMqMAJh"
    "UCaPqUxCIAAqJRWvlPQwHPAqSaNLbpfy+kjOmIweB9efL5HjUuMlrHs0Ckse8fNPDw+3fX"
    "HM8XhIVBwdPPTutcHwRhynS0w04edxkjtWnoksvw+EPy1qidYbkXok8/LbtiaZFyI82e9C"
    "eyM8kGjRtlnPSrRIWbHHMQr6QpH/hU5OJAbB5mQeY+BPOoECru3SnUG9a4l6x61VVUMoKg"
    "PJsXmSYzEx6DTwneRFOSrTOpTLX8h1r+IqgdqYY+MFTxURP7n+1Lv+3L//+RKJARjoYyKO"
    "aR+7/VteiVUc12Y6e0+nwbn1YVHE9en+Xgxge4QI+Rumv1yiKSV4TMJRQvnh4Jb9rV11+e"
    "ZnU8viNHmmY9RjA1tsvJJ57dOICNinpdunLnV1S7Ppm0rrlLgQVBlMhgfpiyqiEQmAM10d"
    "169drQpqSg6gTVdmFB8ZVWSTYgBsEljfmFZHNiUH0KZqDOuuMdcc878lZlB2meGYUHWgXr"
    "xvCqzYtqmE1rvF5AkFWmfvQMkl8AnHriseCZiZxHTmhaY9IQoF7Orj+k/Pc8TSLjDVaWmY"
    "7TrPNpQmqrByDpR2Kbu0S56yGJFG7AnqvkKJBz/yuOkB3zC9JFclDLmBVwAltte0CKLDR7"
    "uDZZUZ8N4su50x78hi3018HRCM3DknoeoE+QOg4M3jKU28cQV76g4yiX+YO49FEPFvwh/P"
    "IUAemVLscBrqAhH8hh3ORLUdSQ2Mg98NSmPUOqEnO6rPNh6moKj4Q9cCkIQic4AQ13RXPi"
    "gpULdFfmNideZJFHSHlN/2NsBMdf+IibVpDVecGoi/sEdQicGuBSACW3oE9k86UTMiNwJt"
    "egUOZT7+6dMe97QbYxTKhgGc13rcrCt5/uAxma1D4YjJUvR9y2m3lh9YauUyW38Pl1igXu"
    "2VJgbaM2jPzdl245wXyWre1lDTF6iwj+ZxfNslttEs0h0H2uKoxGj5bqGiF4fXg1pculoc"
    "EmEUd5WoGPToVdhcwAwBMwTMkOyKbrqtWxa2bvTViayeW+R0Z2s1t+BCbaqvFOINE88xCX"
    "YcxMT82he2Ry5FGYugCAb+wpfGNw6amc8e21fREtvIwf4nQneQt7SoPuWRAp1MeUk1EpTH"
    "+CaV23T4O45JKPPGS7tZuuMigy4YOHi6LgK3yK7LwR6FnwufkYMJ5TmOmmIYm4oUvJz9ks"
    "HLTMht4700d9OTYcqJLMmm7OLFUlFANxKggpaugoY7UhHKZlwU2Fx1ZnMF3yKV9y4iAi9e"
    "6S8e+7yr2SIbAbBFdtsigfa0py0SqrxDr82lFTcrS9UaiXiVzNmMqbkMzX07JoVWxnrAFi"
    "F/2LZJaeS2WXExfPMYc/EZzlM80f+CcMuKdzISRhZhRpJp+AWw3TeKnJXDK37z7kY62y6Z"
    "TYZXlJlSormRR77hNQ4tNvXstkHpbNNlV9umZb2b0jeSsusqueuYnPJL/bIZHSE2+vzExB"
    "b0FS8wWwVh4W+/FAc7Y+HpM7Md2TnbZDbhBM/Z2lwbi8FDn2Wbg4HtENie/J8veE+DEAJx"
    "VQXiIrOWN6wREWkh3ar8qgv8bVCAN7i8hdCWXzmT/W5sqYC7FmhdRO7bD+9zLdz3W1bu+x"
    "S+wsGhveqWJ2Flbtulk5ItSrWpvEsZ/xAXmYOkJMxB0TlguqcsNL0N/LVIa0oIVI0512m1"
    "UJPOzQmISYF3qHzvENBgDl0A78vSYvcr5PlOyoLru86ub2Y5q3laNwLgaZVmVoSrXzU1XC"
    "LZIm3pUK5sabS5sCs7YG80bA3ndWVvXt3d/YGiq7EEgNuddi95dZUT76twfvNIzRavdxDI"
    "yeHutj2iwF1yXLZcvnFQKM69yBHPsYNdl3cd8rlFa9+yw7OWsR04p/XQc23wzuMOpxcJ57"
    "SfFz1Neboruu+YzOkbYsCvEF8l2PBc85VdbGHd5t51kXONHPauvKOzGSIYT51DJF1/La7q"
    "g9GXGliPOKgGrGhmnKSrCY/6P9/3brTBx4+XYqmyfYwt1uQrdRzPtY3/8kzOownpknkJAU"
    "m56rTV72r9CkSWvG5hR1vve+p9WjMGAG9TMW+TaFQQgfMvV6J5ZU+GXLo1k1Fi9VBLALTH"
    "ws8cojVoV92qmPL7b/BUWPcy0dZMQ2mLnlBXrXlicD24S6GyK1R2lbtON6pygYlPCYObvM"
    "5uchvzVCeVKOBGAiKApUcAofzqAXUFixp6pJd8TmgTUhAckll4m01fdeXKRGHx7gwPhauy"
    "hBDGbWSohq3jvHGMxDsci2EM2Td02L9+PMnYiCFIVFJt5swNAxDegbBsj9yjALbc41woXa"
    "dVYeWD5ul0PXc+wo7jP2sqVBk93dkWqmTa/Fxz/CsVQpUWfTYJOtWRS18wYVcuTGt1dini"
    "hbph8HII4oyDDN22V+K4OUWnY7b4puOTs444YuMZU17nwSA8AhhMPbuTvMBzBfcdkzHp6c"
    "Z8fRVPx3HQH5tL/uC5QJOVyAwSUVIdPXtsRvEUPT1wM0zUcdCJ84Zt9li8knT8ln/jJaqp"
    "NcX2mMSfZcn+jQkvWa0/6/yX2thzMP996E13eKTWwrxsNRtvaekrPD1j/3plon4A9W3Ozq"
    "NgOs/RLX2mniueBr9iezUmDCMenw2qYTMZ3UULz3ERZteEy4BHfNEf/rjc5fLH3xLY+lUu"
    "/POhFH+2JXqj9osI+bpjQtkWi075cmeDn/OYr226q3O2tkQ5bmy8OPx3mf4MsFeZzZd4IF"
    "4Nw/89Bt8W7LNz1EU2fUOmg/xNaorE4Ex6rjtjgr8seQwLnRIa4LgwBYgzdid2kaHzxzMt"
    "C00wetUtUyRpkcxEqX0izNm+QqkyWtBTeNwY80GKHhfpyp2RltOATtwFwf4pB9Y/ZUL9U6"
    "rLLFvyVAnbjUQL0T1AG9+ZLBdhW122QAJKsimUZNt8mhU8BXEhCIUlQdWnU6aMZFB95JBG"
    "RFoXECs/IxKiYdnQtzcaFuj7heY9KQuxsDrHwnyrxCmWGhSRrOb9rtKAaNMsb8xk9bc5Kg"
    "nvchNmuUhKZVKydapR+W2P/II3apG/mMyBQn7NY/JvMPUcVUQjEoDnrgiqF4SM6hJ5OsL3"
    "fGfgKbKgdmfW+e9zCZDerQdqJaixfa9OlcBveazmo25ano1PJDGq2PnOtiCViPpoM//SnF"
    "EqPjCeoqXuOG/UnvqRI7/09ilfh/xhOsiwTExcFDguzvwUt6VNue7g8Aw19ix+We91HMPV"
    "Z7NzHjZLR6gquCePTn3GS1eENvh4jh8z0W2MCEVhfMelFInqcn4Uyo/xEMpOYMvy+5vqS9"
    "12z87Ro8kH4fJ4SY35mCxMyzIdzBbe1EEOFY/HQ13ekv0E179dmOWHgklB7BFX7Jfy9E40"
    "+setiJBRd44efEWMH+JhKPa/pouzC9SFKIk5DrxJUJ6uRrkI2VGa6NTlVY6jMi2MJ5TvM2"
    "yKU7bBEEc/MzkV5agIBBJSPFndccXHm1nBCxlTaFttupRsa/CtOHVsYlGD+yHYd9u0lOdB"
    "Jg0zkX8mUobjcVTyUUDCGfklHWRaefKSrYp5SOrRwhoRuXTz7PnZg4tzzNKtNWLjlPU9zN"
    "bzMqpbZmf4ZBW1rCDB5zje7YOk8njLacFocVwSosU1DjysacN1+FZwp8PdTJd+JMJz278O"
    "/CotIDQd56sANYAOUQMIGzaWbEOP+EtWVtZaohUm6LYNpvfPx+17/3p/uR3c/xxenvwgJI"
    "olEg6EaofXiBSwCRXYhMLmdFy8LGCqhmJgGxWzUoM1W4QzE5MENkV9lJo0mwKYj9mvXTN1"
    "2TzMx+oJCO1Ty/ayDXaRFQYEP1L2n3KpCvWahNKoCuUZWtdznRBsdf3Q7YnE3Epc0dlmdB"
    "n+tVoQCc6b0+nZyJnTJY/b8ljvQrdfsLu0dJ7Cxw+IkzyQzY65M2ovLoPGZSJy7M+tH+gO"
    "HqCzvtK/EJnTszNJUmeFNwY7sl52ZDhPKn7bqEzrnLfl55+pBuSrD8Y3Nn2HbcGaYtAhIt"
    "IKP0hi9V7kyU5lV2Wv34tUhiqHLMvftB3olvmcKijP6Cf5ayKDXgnthFzrNo+DoP2GJ3NK"
    "X9ThTgm2Du+D7CQT3cGaZyv1oIzKtA7lg6xqXltIUy8rkBBrHdbla3bcLpJ6U7aAvBFpHc"
    "Dl63emw2xo3qVEMewSk6sw8BKaLY2Nuyw9Z64VC3UlRQF2FdgtSzM826ESl2B2SDchVmhD"
    "aVCI5RBhXQ5hoShITBBCXRDqglBXzUJdQNZr2ayXQNaL9ijXp0x1dV1s71k59YaNdCsGau"
    "BSyIrFxT+SgcNf86M++8H1EAw24GO1FjGuDPNOe7IcJiW02EAjPk5bkXLm5nKBiatxyPZF"
    "axQMxlFrK2ALfbkM0zz2QOrFu/MHaitOS2qZhrn3iuKt6h74UFAWOyeXIvI9lPAo4l/L3R"
    "yK5Hd6N4+ii/hW4ufI+2mLIhWfzlxMzpGY0EvEay4zzUPwHegSE+TfwmcxBLyNDnJevLO/"
    "oXCLuhRnw79OEjNQ1X3HhN/mEGQKyNPn56rI069/NWW/R2djHfMvnmLLmrUANKqRuCdD/T"
    "8L191cIS0TYYh7pOMeau1092mf2/KVq7OP62LpqhSSiIq0JoWkNECxbctiFNkbwFqgda/9"
    "D+/f53jv2VWZL744l2ysrbteRm2ZHvEWKV54/DO2lq4Qba7GKiJ+Mnjo3V8KBXhMhr2H2+"
    "6/+vc/XwYdVdgU8KOjwe2vvRt+0KHWqx9UPL5q4T+itmaB59xVkmKwsyR3lrCbTqEqvjFR"
    "iMbVx0GfjsuEr3OheY6JwjzXeZ4h6pq9dTYz/gZR169x1rOirgnWOlds1HwucSFowrxNJ1"
    "JtwZwWBO+ApMd1NPYoBXibS1wm3SKUj1GRL7WjpGdEufR4OnG3YZtK3nTp+H66u7h7bP2W"
    "ALRi8L1mqz4vyrK3fjfWkf24BKTb3Ro7/e1Sbox9yPB2nL8kiXCnCE67g9wSglWuOHc8yV"
    "53EMMfO7zr7mmQocb7FHOq8llH1JAXlKSgZy9i+qgxF318/fL3wWgdUSWeH7m29amFZYHu"
    "Sm48JkHxABdNsMFAPkdPkVoDG7F0sQG/oL85xYsldTExVugFi3L+/nOGva2l9e9j6e2xie"
    "HLESrh10Z96GyJsNejrsGxNbkD+8LTb0cBtGPCLYS9/OjwthhRhqlyhLhQG9a1OtIS0dYF"
    "PsvvNYdfuUatWhA/KtWaeFrFxR5NF8tgz64kvhbYq5J4PU0TGYwHKSTuUle3tJms5sS2BR"
    "8TA1dT0TUPHJbD1p9gZq75im0p9z5zbceFWrOdl+erpp5tyBDdovVtRFq3cMvXQSBenQ19"
    "MyOXEK/+Gmcd4tXH+0hl+4EyUd3i/WmySnuoFtcQFz14XJSGcZs9Ac6b4F6zBZwX1uiLW6"
    "8A3TplXhaci+bT5wjMxfP4dwflHiJVsFEsn9MPSTmYTTJbNuiN/X+duMkY2DoExhNE/XDZ"
    "Oeoxw2iFREYeEk6vVEiumtuOycRbLB3EfrNpM9WHjfo3pPtprwZdLD1XtMLG6C+P3cN0Vz"
    "zd1U+KZSqQuIeNDbZwnPCh+L0Myu6Dp+fiSn9U9hjWakyebfrmdHj/a50gavHYnn8v9idh"
    "T2QjLvpmmy4bnB3hXbbZD8gO7UV2zyAfDcJ5NXLRbGl3VXFCZ92+dWUrapE3WG1ZJwRb46"
    "ep2AW52erU4I/LAfp7oa+WZRsXAlNF4qJsXu7iEpNpUANHKX3x8yWiL2Py0Lu/EYmLwTg8"
    "bfFxGOYyurafynjT695cIl7IJKm3HSe8DUnRJS980XZQOaoUl2qdh/4goSWCv7hasBgL+G"
    "wl4pBEWB8/bdo9jwmD1CvYjDImCvNc53kOlKsiZZgjgjDHdZ5jCLVlfzkh1AahNogL1S8u"
    "dJwIxhCzhzdMyxTFSYceOZFEMtIXdfJENOyYWN7WpASjpe44PIOGe+7jg6A/6eQSvfG6l8"
    "Kdv1jqNp52IkdsJuDGD3nWFBHqSrqRHvZe0IC0Xg1I2XZkF9MK4pKgFdRFK8hDu5qZxCyo"
    "8SdEQeevj/KXnmf2S5+fZWyKbLdYRKRCn9gE+8upielKzovnaMYcGy9YMUQaEwO/bjqgQQ"
    "2uCHxRwzUuBbBKWYJFVmxaEMDNAFd10SbFAFhp1pBKzGwjAGCm+SeublpKiYcRkb1SD4vp"
    "B3+fecQQBujEMy3XJM45v99/HkpnqCIjMeVOOo63I1Y3SOLoSNYV2u3jkPQU2u3jeJxjZg"
    "noxNHFPOsWop47oV+4HyIcUDgl4tVGnEvECYguZitj5VMoxeFv0OhT/+Ghd6N9Ggw+j5Ap"
    "CJcpb0cldx2TcKhvnOjdOgHlErk0zgY9NXTbNrGN/he/3HhhD8tmbTHB9hm/H593TKbnAd"
    "7O+fpJz8ckEWPlzhr2lDqysaWv0IL9n6u/YN+1Q9/QKZsNikz2Iy2sO5hdbVo4JJWavLAM"
    "mlnm89w9y0frDKee0BS38/cIxyQZCf4vIH7WkvgJJUZymJQHKDESeY0UAE+ItRDqA+Sd+l"
    "utCswRkRZCXL6DJPyGKa7mhFgLoa62NlG7OKBp7ufN4L53iaaUYOB8tt6CBSbi1xXJAI5v"
    "VRxf4AK2/22CYivZb1h7o/7AAG3brAMDFIqtNBxSINUqKB9QbAWKrcSDdy/enb5c+r8xHb"
    "rbnO3kCty9eNrCF8jLTPZsNPr8JIK/fkcBfRPG8ggvGRKNbH3jiKvNqYR3vM9IOaqNnDAc"
    "Y8eSrbH3KkXytYSjDsZDbmqP8wb7ik1H43HoVywJsFJqYZ1kLOmoXALpCRM8FNThcq/Wtr"
    "8aDG5jmv5VPxFFvX+6u+oNT78V0LOLTDcWXAWru732Vx6rG+yvA7GDoSbV3niC8XVM44tr"
    "pfvDO/JHaSmmm5e2ThmiI55jMBBMwROZ3RU53cljeNHNtbmSQTlzjzdh84tD8lGeMWcpnj"
    "K4OsiihkjWPGMWk+6iBX3FfnVJ/VU3xYJYV4jsRHiMaZPsUHcaEzHcuY8vZyydM4yslRaM"
    "79Mm/btx7mOEM3mOHkVSKiczup5NHP6EnKboUp+z+Ebtl0NkmgLnkJ+DYpPN+LDHQufBS6"
    "oGakIKkAWDTgnqdhl0dcnV4J/NB2qZxipT7whO59I7/FzJJZcw8yZqfGIawcIz5lwLoJ4d"
    "+dT7OoKOwkLYPNnAwZZ1zithi5/iV8MO9ORveCVrsex4FWuuaLyZ7pz9M9CLY7pIJXcdE1"
    "7Q2jbZL+aVK2bU9vWa0een87Wuw95ift4fGIsa3b47bH0FmmEc1NgOHiq/kxqc0McshjHX"
    "baxNliq6R0Skum/kt+/Z/6s1yBFQ9Rl2V9rEm81kocZsZJNyQILN1OzElpTGNjubMy0J/S"
    "SL95MEYlXb9EAgVn09jv2abV7g16/4M9Fov37NFm+z3fq3zIrzmWwS43pzsrPNtOZtdP2E"
    "55z2dJf4xQNEXr6oJ8BsUew47DRP3qdoQr3nuYtOJ96KXcWMU+FPP+sErKi3ucnMYpt3mH"
    "Jc9IJXHTSz6SI4PsRT00GGpZuLNOeq2ltL7d/gdvy8uAn/RzCgxgaUFBHgHdA3l0PhgHo6"
    "8deTmZfFtRZoIXfrp/c5uFs/vc/kbvFTcR0p+ooogJwQKwR1zb44iczdi5/ypO5e/JSdu8"
    "vPJdz8fAtTJCVGZcpZ0cfdVGIof59nPX+fvZ6/T61ntV5Q+zSBqt1O8VXHpCpdw810ReTh"
    "GHKdSM1mjkjAa1ST7K62Yxro+orOnZgQ4LrbwxMxqfZ0QXCTd7QZrWEw5/ZFxFbYbvdOaI"
    "CWB24/GLGlAEe+NfXLSGwqqJkpiTXwoYV7RoYXLbKl7PCjBa9mPk9aNsTQdKRePAvXdC1J"
    "1tmWUnChQAudQ19fEbjUUj5xjDmeehYOZz53FbjR9afezdNt7+YSrccYk9v+r71LxHeQMe"
    "nd3/CzmN29JrXgROMcp2jHHae9XIGGGOQSbkDaImfrrcgUR8Ta54Bp0/zWqG9WzRzybZpl"
    "8dUo9hrDDDdihpvlLgfqXjn+8qVtGlhjxqdNX3WrqKacHqW+FUZP+Ln7Xk8ow2OSrp7cfX"
    "gYDn7lZ/0fxPXoYe+X3vUjP2bjP0Vbz3po0D7wU2yYxbZnmTxs03Xepv0Z81ch+x/dkfm3"
    "t5QIkovX93Ut6Es4SEHg8EM3WalFblJywM6F5NzqkI1v8qqLN0MalrAsrGtZqrHymAws3z"
    "xBXQ5YCXGxJ6fVYbHYworFxYZMCRn2rx9PpPtvGQHdyFAtRTfx3cmB70YJqG7t1my/zQtu"
    "Sl/KqDS77SMHIO8AOeO7rlzUN9nxNw38VSD38fMQW+uNIZsL0jbCQoozUwJG7eTL/LsiPo"
    "aAbTsnI0Q2Hy9DW09rvrJlvGIznW2SjM7RHw61pn8gSqwVehaVvNy5zZOORPWMZ4/9fDxF"
    "Tw/cCcFF161W2W0cFy11d550SR3uTmNyygdB/wv95a7Q3/8P/x8GhavpDttNOuG9kOOalo"
    "XoEpMzv/QIJ0JMdAe/49f590L6M1sBbGBecYQrLezhc2VJQZWQY7NXZpbuzDX/QzLDEs1x"
    "W5aZRLhN5k8lWWfRqaDULjIJEbHWlBWpGPvY5qewzaTk2rT+y3OqUEvJnxJc3prFXJ4bEN"
    "uayC3VLHNhSkJF2S7AtCTAm0o3s6iDZZnW2zoIbIQqbB+wPtLY/gF857Qxr3orQ3zrhhsV"
    "g0UMiUkV4QqVfPfGExK9jpboBfX5Cxfy2QQDwIVaU8fgg77ilfeHnjRPK3K2s80duPSv02"
    "wvZ5bWSRdNdNcv5Ot4y6VlYhsFozjodOx9j6c/jb0Pk+8w++/Fj//B/33x7dklWtp0yfVG"
    "XqeIEoxmJuFvHvIcbHfYEOYUvc0xQTqh3HMW8tgcSd2jozwCZKHVy4/HZlzj7L40tJw9mG"
    "ETRmS2MQabuwnJsOQ+8YRq51JXt9Q9bzGxNul4FTvfmpfiFxCNT9Sm4SRNVH7o9m8uxV47"
    "Jtfd++verUj/M/gvtcIUQuWyUbmqRm0pGpUkTYYk6gLs5IQoEJPrTEyG/JHsV6y9+SPrV1"
    "SVVpoWBEZpdg0zYJwf3okEBL2DEvQiLzzgu6vOdmpz3IOWZ5JXahqyrhgqXqVR4B7o+6O1"
    "B/vDupY825jrTnYt7fgFna0OpuBSlZra2eiAD6ZmPhiuY8nN2AwHTCjQuqK63+WxQb/Ltk"
    "G/S9mgzXMSTG195qq6CG6G3Y+Pl0jIjsno6equ/yiSlh1vsuAtZ6d5s5uZdO+eDeVgwka6"
    "Htx/7A/vhHOBkplpL/gVD93hY797e/svbdi77vXFmEvddk3dsnic3cBmMHp4dnPs+nYwEs"
    "MJ/kN57ouLPPWYL7LrMV+k6jET7Ko79yJCreEYVOzXe9UL4B4RAtyL4d4sd3a7sA92ZFuz"
    "qVpVwJRg+/L5S9/Yw2oljsZ7QZi2jEk2WrBv2Q4XVnKECntfHnbxf3fx44f1cud/bFvgoz"
    "umCaRXNKGyqGL2Qg6vb9/6PUQ9isJVQKD+RyG88Zel0I6Vg+UpwT0j5vV0reQMmEOgKHsN"
    "tzdQtDZBixSKTMhCILjOgeCZaTuutkfYXzoAzHmd57x4BTqoPdecWebewCLb90YM5rfO87"
    "t27hbRzRKyMNO1nmnhdy8yzVFBmOM6z7G3nBa0s+KSYGfVeNpT9YWAMXZAOl7RGppQPTMH"
    "uAmzTxXjLHGAGmrtVpjoHdDkFLO941KAbI6U7wCyNMrqecmRoRoGcu7k5PgCg3KwJeML5W"
    "BrxjaHQrC54c1bAnarrgYo70A5Sz3dg9hvmWRfVn+Mfn7LxmvRHp2gShiYDb0nXEN/lLaC"
    "dKxMkcaAVVmqiHgVd6WLhO9r3pQRbb1hlJs38vvJUiQiQEHeYyeR/OVKPsTbyuGBtZlhx7"
    "Pf5RatbJyWbRPEVfPR9S8aB0mbLBWWdkKqQk7ud++bUuvRr4bpZ+So7RoxsdaQ/UsGdtMm"
    "UgnYjRgAm6pgTBVbl1FwqEJN0iM5qJeSbF5ln0gqPbxhGOf1jqzfVKhFWptapIHLRCvBzR"
    "T4TdrmYKrAHcCea4Rd13+8LHdA5KJODncAu473neDX56xUej1nP/vdG+/ZsxkDLallGquO"
    "qP9p0ze0xDZ6wSt06mCMOAqYTM8315/715+lq5CWP/we1S3YLdKLPTuVKri8dUUYPnyfI3"
    "/qw/eZ6VP81HZnxatueZIsql9Gg/us7O5AIMlIMw0X/Q+yTKeJasgWmDkUfOQ17SyE9/Su"
    "+88k8te3gysBToRPxge4Sno2gBb4ldACU8pp9lf/kF+yMGgi+X5F4ik5nNjRGE6+NntsLP"
    "MV26t15ZF1szk9/NKEve1OOeDsApcix6XGC9KJ+IN3rbPw9JldIgpav9k8E41IvmJV3HCL"
    "992wTFF+HM/+//autrltHEn/FZS/rFOncSWZJJPxbG2V4igTTRzbZzuZ3Yq2uLQIRdxQpJ"
    "YvcXx1998PAF8EkiAFSCRFwv1hZx2LTcoPQAD9dPfTQMIflIRPz81qck55K+2OE81rOnHz"
    "XQHmvNVOMPcsAaGdYxvXkoLgk2znBQewrrEVZ9VhZ6t0fg+2sRWoTYHa1GPCHfRh2tWHiQ"
    "+hhiiNt1qtpGD2qLt7gFhJ9QQeprcsI1YCgcYmA43ZeqJa0lU2hGIuiDu2H3cUV2xws7EB"
    "hPXOdi+/uYfNc4cA5K60bVUmcgFRefq2rSxk4DwPm3hsmPM5XqunvPFm2rjRkEvYd2BBO7"
    "WmB+BrCS6CXFXTBfB1kYuAhPqeUG6s4a+aH8abgAcmzEumhxplzoAz0mlCN0sckBOjOmmQ"
    "GQGukPndNQPjb7Ja9iQJ9Ks3HomIguxt3Z79nayaTVNcmhEDRZTze40E1wVJ9g0k2ZdOXQ"
    "1A+ia9z7BOXLKY8idN5dKFNtmwTCNKQIXx+lHVPFgqwQTUl17U15wMtQp/kF4PKX4F0qCc"
    "4sf+XwHa9PruGJnOwG2FkyFPDMkiZKjiXLTTjgFrPosyhWxNgNoJ68xQO7CbXzfwyrQdFZ"
    "AzA+3AbWXdMC3Lx0FFP10xwpyJdhi3kru3Nh9WNFM9xP4qMCzzQQB3NbcoNO6Ou/l5KFEg"
    "OzDI4mp/V01vz9lBgrt8gjvkU1bPbb3yKRWqD7liE0rGNalpOcB5UJntk9sefM+K5vvqWa"
    "bMxVV8N53A6oIMShUuazghTgRzOzVk8AKc2ytcxyg1/EuAElN0PIteLH69m0Uv8a8vyH9f"
    "vnhF/vuz9WwW/fLrq9dPsoJUKqtwdTlCK0q54az09OqS3IzF2oO4IpX87j+R6YZ2aJNf8c"
    "pfuerXQ36ZmUs/dL0QPeAwfbiFjkUiEeYDRT2oKaflleWTe9GqTCiqPSTLxg2EgteRt9KQ"
    "Fmred04hU21xXLR71FVDVqQOIG/TPnhdrg1q2FVke1fLwmQGIAuzhyzMcCqPtcvIG07xsX"
    "bQh15oOurg58wA/p3hxz/WLEVdfQSKljAIOw9CEJphVEHmT9xoVcpMyacGZtZtHa8bOKoc"
    "fRzfnr2fvD1NHcyZ+35yTv65JH/azL0aT8nPa9MmP5+NL84m5+f02jn9gx2n7OzKBV6k4i"
    "41YZfiyXzpkfvEZQdK56OiXffHpKO/LiJ3TscC3UW2ExKX/4Q+729txWe6Pjz52MFxiZt6"
    "NUnREsJjMuExiCNUo69XHAGaG3dVxZIEjf1IsS9s2RDgheYFbZcGsX1zF02RoiFMVmhjDG"
    "2M+0B2ttDGGNRwWlPDydbRBhDWXQ2nuOdItNjlTlVNTOH4bteRTBfugcJcPodCH+4m8ZXt"
    "w33YCq00l6kmKYdLd5JIyuFTrWSScm4+fEJmlg2DAuw4AYoC8oVxiKiURZzRgo7xj7kTWb"
    "TVyefx7ZMRIouEhSjpwHJdVrZrr6JVohafZL08lGXnu3jg1jwZaP166ASZHaVVQFWlmSAK"
    "fZWY4rlqqn7ZsLtR+KXXc51bvm036WCt1uC4ZNdhH9iBQGsHZH/DC+z7In2xbTUQOdMOyy"
    "Cy3wy2DgIkWICw6i+yQFh1QFhBd9Puu5u26YCOHewL3c74g1Gds+mtA8Oklyk0N2PXnxLP"
    "jwBm2Sy74vgbGTr0X7RN5hNEIAxoA7IQrTxWYkFcQBORU+aIuIhuSGssTOSTDR6FS9+Lvi"
    "5ZeQWZWosF8qLwzvsh7nHW0XOFPid9zlE8c+JHG0n/TXL7kgP6hf2W/I5Z/VPJH63zmTRz"
    "STvxlKod13RIZTNm0uuhmkOmSVrxPZFFuWSoIdy/vpKA+9diussGbvpRoe7DFIBcU/Jhiq"
    "B9XKUydCNQmZjp9RrOx+Zff8ebswpgNa+oYAX5EUJlWntNO0kqZeLmrSAPN8elNJGHu8JB"
    "QA7n5TG5xT+qOMKNiRZLSl225+Tvt/WQZ8me55cXv6eXF8eh1MHPXtg1y0xt/VjZWKPVpu"
    "MQBKREVw+IXinRCtIqbRIeVGkkWtOUEgHpsflwVEd83LHLaMpG+7qoX2ixkp9MdKAD+kkH"
    "9L0aTXCqIpPXpcCqjcvR9aeLi+nF76cosZ+5lx9Okfdt5r4bT1kB2sK0d6w+kxH9q5b8Kw"
    "n+Wbbp4LlgX6n20zgTLc5Vheo+GergWTV18KxEHSxsNT84vV67crGXT59KYEuuqgSXfVYI"
    "D9r/g427h1DYR7Bmbc/badNFq+sqeya5pMBAbAy0gbw56sG7DwwmQKA2lfN22uDatZPlRY"
    "qkz8aiH4QPfaw+hI8dxBX9SkOSt+rHsGjFw2Hf9wQZItUsXGagwXGmawbOivyYQFupbLEF"
    "K232g+YyyjZcQQnVejotb6khnTYQ+izFpFZSYGG7drDcaZwLpg0MdM947KGPc0940jPTtW"
    "wWzBfwpJsPR3U86dI35umVLTClXxjeCYnFWo0YbM5BUc9Bi3qgAVKLLXmUW/EcoAVPZ/C2"
    "08OEW0hUcd6YaYh285OZnDlFeQ/SUZOuMyDoVufYOB186aDJ+OrqfEpjI4n9zL05u55M4k"
    "AKuRLjOJRC1tbJ9efp5M9TRIYA+99tfD9zL9+9m1yfIm+xwP7MfT+9pnda2j69z/Xkj8nZ"
    "Lf2Fj//NtCV3Cbw0L/sXeJE/V1qnNhYaeNOt9xj0RDLd1UxFer0G0HZNVODV2vEeMFbLRi"
    "xYaZQf1BhVAZk/1VDrlfnDj3q0tnYc9bwljHpfRl1AZJQbP8V+uqqWIG8EZa7by1w5OmTP"
    "Wsw/vLurzc0GhrK09FJugimXZfLtZ5LD+p6dzabpfTQCPbcOMB9mT5Au6T10AqhVFhf7Sb"
    "K6mMflPh5tY3I317af9QqMbZeMbXU163YaZgiVrUdn76fnb8/G15NTNF/ajjU3fTxzP5KT"
    "0fXF9PYfRvzRinxR37XDByP+/P1kfH77nvZbMB3iyMsNVcsZl2Q87kQ6FjX0emahgfffNi"
    "NpB0FEfAxRO4SaLnK80Z51sT1z+tXKYvGPtU2cBkX48laPuYscUCLVL/4wnWOgRB7jqMtQ"
    "ItAVpEVu+XCkfe/eoHYZpxSyBiinCXergYEsSzgVJth2YTXQ+e5Q5zsvDzAXVl0p8FQct3"
    "LB7qfRxO6Ks0qAq2euNujK8lcGN8BysnXMR3lAsd0pJxOH0Rr7iLv3iArE4YD2L0THPz9F"
    "no9+oTpywROmV57ciJ7J0LGJfDIf7stJG108c+Zyd0BfcRggm/zPu3eTRwZPTtDtEqN4Mi"
    "Lfu0d2wGTvvkZkkH9jP8bad+zDuen7No6v+BOfeSuUyJRUK+PN8/xj9ldkstKcbwhJnYek"
    "CMtDI1sVWTKEc5W4qfAAqJMec0+HUw3rG24gG/YoyhVBNgxkw3owBiAb1rOXYqCcqVQnZc"
    "6FUyNNS4aw028n9wre2Z70UyHXZGBQS9NQpZkmZvkOVNTpRX4g5lPiT0bbSBR2GeT/6OXc"
    "z8lYl2Gt01m3GjxEHhbalit1QjtUk0jLDLQ4oRfrzGQk/shVNZVmZZk/7puVcK72hQpmGu"
    "RGHU7CxXYjoUidhI7LxrS7E9mroai5rM0gMII5OWkpYJs3AlRF3QPJscX+LgB1W+vAjV2H"
    "fQPT7XCwbQPBWa+e23o56wraNVytOA4CAtue4fZbCiqB+ia+2wDnwkGC7VnWjcAn5DNyar"
    "3CNK8F/EK9/MIsX8n1VFyYghl4iVu9RJBMalMyyQtssXdYo+bD2QDIclI+Q+uAsDnMK2n5"
    "nN1OP09OUWw9c88n725PkYMXbPc4cMuDjtXB+haK1FocbDvYh9sRm19PiJ9BXBHBglLN6H"
    "EmOszmruk8piimmH/G2zzq7DNizJweg8koq0BYtnzMFaQZGlhUkS6BIhZWoz8qDOlZRPE9"
    "5kweM3KZWLFidknBTKO0LlB7Aw4YSpth1JVKmyEVv61VNAqwr4YqZ9HItjR4vrsm3zGdgW"
    "V4lZMdz7lbDWzOymY6Ft7XPeTzispiuwcB9cwxLVTjNCA0eIX9heev6By+xjoLDqY8/r54"
    "Jbe5xnPPt3QFi3ziBvsLNN6EZLW8Te6lMVZ22j95/6QF/eZVOWchf4op43bp4luP/Edyh9"
    "1RzeKg5xfZrZU7tMmoWOyVALLRnBVkgOQEaWtTQPISuJADMqgz8QjVtLafL7EVObv1FCzY"
    "aujGD9dtL7M1a8dU69mSGWiQPd9BpUK2RrLVXamaXmAKJfX1IdAdSurJR/T7C9+A7UksG+"
    "sOX4c1dq3kGKqSxXI1uXjLuk8l9jP3anxzQ/tI0fIBKg70bjw9p/9emLZTFig6QG7LAmOL"
    "HnnKw1OdEsDbaLBGdZ0SAEGb6qk+TPoegjaPcdRlgjaHjH33bphbCn6D1m8HohV8a+o9oz"
    "i5NtcDm8PSghWFFxhEaXslSttm7RfX5EvA/eVbgNWSf//27oykmRbQf3rRf6BfAbVJQwfZ"
    "96qmsASp4/V/Nh/dvL+8uqI9woOlt17TLuFn55PrD6eIgON/m7k3t5fXE+Pj+GL8O7uKBm"
    "iNeFsg1159osjd0E/WkT9fmgH97bvpxfjibEK+oe1SZGbu+/82xm8/Ti9O0fI/xLFY2e7M"
    "PZ9+npCvdX5OrR37OzYC7Djxlq5csPNUpl7naXW5ztPiwC+Jtzb3IlfgyFZuDDmb7ryZZ7"
    "3eH0Bt5+Bc3AALLL01dlWJ6curCVlgqCVdxC4ZJT13vKAXFDTwodW4D5MZAz70MY66FB8K"
    "nF17pwioEICU9h7SdXIp7cCFHrxBV0Za71svoCHB36pc2OViwUjZElscfzDaQhR7izS9HC"
    "jiQW0xoxqKeOW54dJ5MALTMf0HY4EFu01dYwyxvU67e8fNMZiShKICAG/zqJU8BsizNJYD"
    "OD47m1zdUsrFnM/xOqR5gG8nZ+fTC/o7C88d2+0FEUO+im3t5JLnLRtwyft5GhugB14mXo"
    "Buq367hkm8SDX5gUQ0SEQbCriQiAaJaIMAt9eJaGU5AgHDINQsqGUb1hsLg5NN2N7xe4yY"
    "T/qXAMVmyFuwttupsPUI3dvhkjW6Jk4rDliX7bm3WtlMex4t7K8R2RCpWbhkfbvJ3ZDJWm"
    "M/oHvsY3S/TGKjfNfvjp47c+kdkkfck4/vfTsMsYuO6XASZ+CEvCyLxQmH35PqHt6YU4kn"
    "FrZnQavug/IxySCUgK3JKMss+pzmtGM+WR2Yqev5S6Xr+UvR9fR8S6iQUTltNwbdHUmH0o"
    "qHrWLqjGHOTBtUu26hm+0b6gNQtoVR2G0UKDrG3VphPeEstAG9uQVFsVnaAfqk9f5kkV8i"
    "ML13CdDqTE/eBtI8oeS6wdmtL+eZdUxScogKVrCEifZXnKmmqOyxeStgO7eynTwLsCcTx7"
    "edG9jslaXjCm/udqoznZBAdG5BtvDm9ovmzKuIijjOks5oPcGZXG4sbVrT9SDHbqYPQYnV"
    "KeMYfe8erbGP1tmn5G9CZsg+ZBVjvzHikZZmsN8tzQC5HsKuFRiee1IiM9t7DCSA9YxwhC"
    "LW9otYWYJWsEtWVwBpXWTHjdcPFfA4k8fcFId4XYHau72x0IAA6KCpIPj81ejr6/NDLk6L"
    "bj8QKlC6NwRkgVE5FKMClZEq8EJl5KNNzsu3cxGQVqV+L7WcVSw+lGs1A7WAg9qzRjVUEF"
    "4s8DykOlCKvnbB7lFzFeBxg8cNHvcIPO7+7wTgcbeP7ML3VsZubrfIFDAWYExWjd0QLhsC"
    "vsBtHJjbyL32QHDIYCxaKSVYDu71B5xlcC6vl8AlPR4uqdDvVkAmlTvi1rJJaRtew2fXS9"
    "Z3XnI1lciO84wCzOpZThF2fc9xsIWOTVoUaZGf6F/xZETzklyU/dLzkeuFfEkmrSVgJZlx"
    "J7hySlSHzxWWaibPop9nOzDUah6SL0tHtQztG89zsOmK4eXNCiDfEbvBLm/COqrLy/Mcwf"
    "BmWqyj+PTxzeT6+BljFshFdrzYHbo6qGcQN+0yxY0iFSfuxgimrfS0Jcu9UguW9HrggmW4"
    "YJD3rkZ/mFxwilGdvDfQla2V4MaHTDVg80aA63YKjTvL7+kQpy7XzeaOA4Na1jnOz7LtPB"
    "rQlCroStGUh+Ud0ileQzxwb4Ec85BMKshk0cszT0pn1E+FOUMND4XDPQSWMwJYiY/6EHNm"
    "MMC9HmD2Z4nKpmsamG5MtHOgmy9LnJtrc26HgsBMjVLvxgSItWqRXkhO04WQkEpO8yI/UN"
    "W85m3AaQbBaygFGy6yNVxP/J43wEKcZTcaGMDS6Q/8iiiRWQLJOyroQuZOrzN3+AqSLBum"
    "EJxVaI5XTsXRZFq32yFvjd0zx8bsaeU2eZtPR3UEI5U/MubsQmnN+rXph2R8ELmrY8cv6g"
    "m6wWRehQEyfYx807W8FXr+8tVPd3aIYvQCFCy9e5qLNMe/kf86DzSpyPbRzfvxT+RSZAfo"
    "G16H6NikWkzLowL0nT145noLRH60vy5/IrD43voBBewhyMXYYipRgePdow9v3z05QeNFSL"
    "8S8r2QfSOWKrWm8mBeFKSGQWg7DiLn8iW5I/3qOEAR+cmZuf9KrzXiaw38Y22T4z5xrv6F"
    "junNvpIBwSjWTicPvMbfvW/YOqXfIyQ/ufQPsIMgwhZLzsLfsf+w+cTHiyjAFgha9ZD7jV"
    "884bG2mjfKGTXDHB0W5Bxz9OKpBHP04mklc0Q/KmS1mCu1rJbkeg3Vwp49lUGXXFUJL/us"
    "lOy2FvXH/ePm8qIy3S2xKFJH9jxE/4scO2jNOTv66yJy52yhvotsJ7Td4IQ+729tEaM1gF"
    "OEcqxRSdi5qOE8ytNB9AZFYWcm2+7YKzukfWmMlS3wOeo130vG3bnOr54ORgA+3qzTk4rs"
    "4lIw03CNaZ76Lx6QVDGvsoeoizL0m7Opasig/k7QH7XPwc0Btio2mciH4mt3ND67nX6e0K"
    "7E1HrmXk8+X36gLYn92Ocq+qRSZ65XMkeu4vByJ65XxZcy+TI7vIR5S3jp+vzSQXS2+gXT"
    "NzoLRQK6jbpMkQBEjzuMcUKk6BCRIsZH7xkookGNW3qfAa5elTGi3EE7ustuvidWf+K7pe"
    "d9u+HuqBNqbUfW4mlWEVjL5uCWuNpmzkuE1VzidcxxEGSRGxbQCT1kopjxR8fJ/5PX0qJh"
    "JHIjGhtywyencVjLDgM+qMUUMK2yOkC7j9oeY/pyxDn//1SKONX1CtUs6NRJf9Dq0BSbGs"
    "pUW95Ku+BUC91WIHjSp+DJ7vxm43xmT7fiAbpbZS+bo/MK+0udpgRntZuoxE5Dmv1msLIS"
    "wGRVby/D5DSk6gyqc1uq+Yya1BZI2K5MIGqAyMjnCw4MZGk+g59efSobT5z1cRji1VqYz1"
    "m4YrTV97yPDQwztpD0Qm+XGJH72SyF0PG+niJszpcouQl1EekqQfzE9CJOHs50g3vsU9k4"
    "+i/s+55f9j3beEDDWY3gY3blY5qb2Sy5QXAWsD2IspJYrJ0AZinJz+WtIIggUJ2nq40KE5"
    "IZaJdl1Io4mhX5ccXPSkCGVE7cglV3S8JQshTB9aqGWl/XKz07CZ2vuuNNwVCnLbaDo06N"
    "n5YC24CnlngCb7k7DmxEZN21wmzsocOWDUK1x8aPk6TLlvzdNlZw2rwovPN+IG+BkrugzV"
    "1Omf63793TGjJ0jL8TJ3iE+FjzE+Jl+TbVeqZq4dS7Yn3zzJjqJzclvxK6cu0/dubeRYHt"
    "0mhlcge6WGIL3T0gOpbYtU6SusDgJPkSwUnyLQwrwrH/6OOQfidWIEfNvMXiBNG/gN0U2R"
    "ayg5nLVM7JMJJvnpTRpY5prHq+dkzikAYe+XGO6QMCZPnemn5CdsugRhC9EIZnT6XzuqiK"
    "/oVLl3XxjzD13yFU2l83NhtMFffge9M1fIfeZluu4osBYxgpw5xaaQj0z88lgP75eSXQ9K"
    "Oi3PqD45mCyVwdkuZMuo9JHybk2Ur0eYB1FuTcYlEI1Ubg6Gpy8XZ68fspSuxn7tvJ+fTz"
    "5JoWWySbN7bob8fsF2ZPSi94Nl2NsgSCQkhQFM84JVzrWQqBOVS19DnzwjGD0NiNpRaZAl"
    "UtUEujOCnz1XkrIK2lSOt0o9ph5SrawrLV52ULePTq90xfHh2K8XQbdZliPJ6rU2wuU7bU"
    "KYTSWoeZAjnaTIBE08qnUbHVTHnOqQZKSu6t4XhfBYSyevUZl66mCfytFp6JZm51ZKk4wS"
    "WjS6Uaw+0Bpj+XmDZ+TYvD7k0CUhw4CZJoTBxLCch7SkBNRQ9pXRg2aadZM6QtY0N0nEZs"
    "GCBz/2FNC8rsEK0i8uldOcbU2ZNnLt3QWGiIJiHS+8WZiWkQEvQTe6ifGPmOio+bXK5hGO"
    "CllLDfyxphv5dlYb/4PVMJBGwsoDat+egAW9vKw3GLf1Q2O0wttJjydT7G5O+39YBnLsb5"
    "5cXv6eXFUcgDbgfGRkZKoU4sZ9dhpVi6skOhGPjbPfG3gWV5jKMuw7JAeeARlAf2i0rZqz"
    "ywFBWyRbIOO3AoGib6tkqiTKbud8+e4yMBc5J9NqqjS7AdX9WzTruQ0Ek/6yKh8xv548W8"
    "wvYsrNS2zx7X0ZvzT5NTdOdETOOW6dvulGD1WoJ0eF1JObwux9OtaI2Nb1hQJ1HN6uSttN"
    "MceiED8otqlF+UYPYx+SODUBXngpl2KSLPnssgTa6qzhd8XsI6IAcB0yGHYBWkc0baTejm"
    "U5b7njdbwrq5tNnpzc0nuoDHGn4z9914ek7/vTBtpxdr+l30gP2avP3t45O/Q6/31SkZns"
    "/Tt5/G52REyAh9t63IdGbu2eXHq/HFP07R3FutTfdhl3FpPpk5Bla1PVLeqs/Dses+0EaT"
    "pGQSk+eobQVFO+123ecyYD+vxvp5BdR4RVZAdaQzM+2AbmVauzg0FliQtVPnrHJGOpF4nT"
    "itnEArGVxl6DkjgH536L2QHM/VwefNAP6d4XdoOXgZ+uq0hMwAshJy0aEmshISrlTxWJO3"
    "6s7v6marbd7Djd27HUKkOUOoMelPQLQcB19bC0MxoY0z0e682kpKG3niwvZXRhQp9lwu2G"
    "mHdvPK9ilkahtD3gpgloaZsphKPE7JUDuwZbCuhrqENEhAtltNC9oKoK3QdWRKp/PjCq/u"
    "sK+WUZezATEFSEnWPzkVUpIf46jLpCR7vqW6fvImOjG6ja2fnm9/tV3TUZYiLhhqtDd1zJ"
    "b7eBG5ltq0ztloBH1j0zrJhduhZbPAEgDeWsjA1tkyyup1DOl9BrYsy5Yw8PtRroLhmmyO"
    "19Oz2yPB2tAArtfZjYY1bWVxzS2IEsCmu1cD0PI1C3qCW9jqpebtZhFtAGK9u7gLdpw9+r"
    "j72Nqzrkm/Cd1qPdMY+/Z8eSSoZko+GdXVMpmba3pTyPRYqphakz2hjQeEWlnVsQjORMOU"
    "3XbiEeSlUkA4uVxDdFvJHCVPDIW1ydVpXJwJyMwrpmyVfKvqvb75zez//h96SIfe"
)
