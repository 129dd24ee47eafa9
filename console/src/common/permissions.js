// The permission catalogue's descriptions (GET /admin/api/v1/permissions: backend/security/authorization.py
// PERMISSIONS and the route notes), by permission name, in both languages: the API sends one fixed text per
// permission whatever the language, so the roles page shows these instead (codeLabel('enum.permission', name,
// description)); a permission added later shows the API's text until it gets an entry here. Nested by the
// name's parts: 'orders.review' is permission.orders.review.
export default {
  admin_crm: {
    callback_urls: ['短信平台回执推送地址及其令牌', "The SMS console's push URLs with their token"],
    preview_rule: ['人数及样本（手机号脱敏）', 'Count and a sample with masked phones'],
    preview_segment: ['人数及样本（手机号脱敏）', 'Count and a sample with masked phones'],
    set_member_consent: ['记录会员在柜台表示的营销授权', "The member's consent as said at the counter"],
  },
  admin_einvoices: {
    request_einvoice: ['为已完成订单开具蓝字电子发票；记入审计', 'The blue e-invoice of a completed order; audited'],
    retry_einvoice: ['重新提交被平台拒绝的电子发票', 'An e-invoice the platform refused, sent again'],
  },
  admin_members: {
    get_member: ['仅总部可见完整手机号，每次查看记入审计（member.pii_read）', 'Phone unmasked for HQ only, each such read audited (member.pii_read)'],
    list_members: ['仅总部可见完整手机号，每次查看记入审计（member.pii_read）', 'Phone unmasked for HQ only, each such read audited (member.pii_read)'],
  },
  admin_open_clients: {
    create_client: ['客户端密钥只返回一次，哈希保存；记入审计', 'The client secret is answered once, stored hashed; audited'],
    create_webhook: ['记入审计', 'Audited'],
    delete_webhook: ['记入审计', 'Audited'],
    replay_delivery: ['记入审计', 'Audited'],
    revoke_client: ['所有令牌立即失效；记入审计', 'Every token refused at once; audited'],
    rotate_secret: ['旧密钥在宽限期内仍可用；记入审计', 'The previous secret works for the grace period; audited'],
    update_client: ['记入审计', 'Audited'],
  },
  admin_roles: {
    assign_role: ['与其他角色变更一样，结束该用户的全部会话', "Ends the user's sessions, as every role change does"],
  },
  crm: {
    campaign_approve: ['审批通过或驳回面向人群的营销活动（短信 / 邮件，他人提交的）',
      "Approve or reject a marketing campaign (SMS / e-mail) to a segment (another user's)"],
  },
  finance: {
    ar_receipt: ['登记客户回款并核销到应收发票', 'Record money received from a customer on account and apply it to invoices'],
    ar_write_off: ['审批（过账）或驳回客户坏账核销（他人提交的）', "Approve (post) or reject a customer bad-debt write-off (another user's)"],
    bank_reconcile: ['导入银行对账单，并将其明细与账簿勾对或取消勾对', 'Import a bank statement and match or unmatch its lines to the books'],
    budget: ['按费用科目设定门店月度预算', "Set a store's monthly budget per expense account"],
    chart_edit: ['在科目表中新增、重命名或停用明细科目', 'Add, rename or deactivate a sub-account in the chart of accounts'],
    expense_approve: ['审批（过账）或驳回费用报销（他人提交的）', "Approve (post) or reject an operating expense (another user's)"],
    invoice_release: ['放行三单匹配挂起的供应商发票（他人录入的），或作废挂起的发票',
      "Release a supplier invoice held by the three-way match (another user's), or cancel a held one"],
    journal_approve: ['审批或驳回手工调整凭证（他人提交的）', "Approve or reject a manual adjusting journal entry (another user's)"],
    payment_run: ['审批（付款）或取消供应商付款批次（他人提交的）', "Approve (pay) or cancel a supplier payment run (another user's)"],
    period_close: ['会计期间结账或反结账', 'Close or reopen an accounting period'],
    settlement: ['平台结算单与账簿对账并过账', 'Reconcile a platform settlement against the books, and post it'],
  },
  hr: {
    hire: ['办理入职：按招聘岗位的角色和门店建立员工档案和员工账号',
      "Hire a candidate: an employee record and a staff account with the posting's role and store"],
  },
  orders: {
    cancel: ['取消未付款订单（顾客只能取消自己待付款的订单；主播只能取消直播渠道订单）',
      'Cancel an unpaid order (shoppers their own pending ones; a live seller only live-channel orders)'],
    create_order: ['门店员工只能在自己的门店下单，各渠道均可', 'Store-bound staff only at their own locations, on every channel'],
    pay_order: ['订单收款（含补款）', 'Balance payments'],
    receive_exchange: ['结清换货抵扣；换成更便宜的商品时退还差价', "Settles the credit; a cheaper replacement's difference is refunded"],
    refund: ['订单退款，以及取消已付款或已配货的订单（同时退款）', 'Refund an order, and cancel an order that is paid or allocated (which refunds it)'],
    refund_request: ['同意或拒绝顾客的退款申请（同意即取消订单并退款）；店长只能处理自己门店的订单',
      "Agree to or refuse a shopper's refund request (agreeing cancels and refunds the order); a store manager only for orders of their stores"],
    review: ['放行或取消审核中的订单，合并审核中的订单；店长只能处理自己门店的订单',
      'Release or cancel an order held for review, merge held orders; a store manager only for orders of their stores'],
    sync_offline_sales: ['离线期间的柜台销售；每个键只记录一次，不因库存不足拒绝（改记库存差异）',
      'Counter sales made offline; recorded once per key, never refused for stock (a stock discrepancy instead)'],
  },
  po: {
    approve: ['审批通过或驳回采购单', 'Approve or reject a purchase order'],
  },
  printing: {
    batch_label: ['只显示权限范围内门店的价格', "A store's price only in scope"],
    sku_label: ['只显示权限范围内门店的价格', "A store's price only in scope"],
  },
  promotion: {
    approve: ['审批通过或驳回促销（含直播秒杀价）', 'Approve or reject a promotion (live flash prices included)'],
  },
  refunds: {
    retry: ['重新发起失败的微信支付 / 支付宝退款', 'Send a failed WeChat Pay / Alipay refund again'],
  },
  staff: {
    edit_profile: ['修改员工资料（提成比例、工号）', 'Change a staff profile (commission rate, employee number)'],
    read_profile: ['查看员工资料（手机号、企业微信号、提成比例）；店长只能查看与自己同门店的员工',
      'Read a staff profile (phone, WeCom id, commission rate); a store manager only of staff sharing one of their stores'],
  },
  stock: {
    adjust: ['库存调整（及新增库存的单位成本），差额记入账簿', 'Adjust stock (and the unit cost of stock added), posting the difference to the books'],
    cost_change: ['审批通过或驳回超出成本区间的调整单位成本', "Approve or reject an adjustment's unit cost outside the cost band"],
  },
  stored_value: {
    spend: ['登记会员用储值（余额）支付订单', "Record a member's stored-value (balance) payment for an order"],
    topup: ['柜台为会员充值储值', "Top up a member's stored value at the counter"],
  },
}
